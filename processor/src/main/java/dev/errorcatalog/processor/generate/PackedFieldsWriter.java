package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the fields that {@code dev.errorcatalog.runtime.PackedFields} reads, whose Javadoc
 * describes the format, record by record, and cuts the text into pieces that each fit a class file
 * constant, so that each record can stand on a line of its own in the source.
 */
final class PackedFieldsWriter {

  /** A char takes up to three bytes in a class file, whose constants hold at most 65,535. */
  static final int CHARS_PER_PIECE = 21_000;

  private final List<String> records = new ArrayList<>();
  private final StringBuilder record = new StringBuilder();

  PackedFieldsWriter number(int value) {
    record.append((char) (value >>> 16)).append((char) value);
    return this;
  }

  PackedFieldsWriter text(String value) {
    if (value == null) {
      return number(-1);
    }
    number(value.length());
    record.append(value);
    return this;
  }

  /** Ends the current record. */
  PackedFieldsWriter endRecord() {
    records.add(record.toString());
    record.setLength(0);
    return this;
  }

  /**
   * The records, grouped into pieces of at most {@value #CHARS_PER_PIECE} chars; a longer record is
   * cut into pieces of its own, never inside a surrogate pair.
   */
  List<List<String>> pieces() {
    List<List<String>> pieces = new ArrayList<>();
    List<String> piece = new ArrayList<>();
    int length = 0;
    for (String next : records) {
      if (!piece.isEmpty() && length + next.length() > CHARS_PER_PIECE) {
        pieces.add(piece);
        piece = new ArrayList<>();
        length = 0;
      }
      if (next.length() > CHARS_PER_PIECE) {
        cut(next).forEach(part -> pieces.add(List.of(part)));
        continue;
      }
      piece.add(next);
      length += next.length();
    }
    if (!piece.isEmpty()) {
      pieces.add(piece);
    }
    return pieces;
  }

  /**
   * The {@link #pieces}, each as one literal expression with a line per record, which javac folds
   * into one constant: the text arguments of {@code new PackedFields(...)}.
   */
  List<CodeBlock> literals() {
    return pieces().stream()
        .map(piece -> piece.stream().map(StringLiterals::of).collect(CodeBlock.joining(" +\n")))
        .toList();
  }

  private static List<String> cut(String text) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + CHARS_PER_PIECE);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      parts.add(text.substring(start, end));
      start = end;
    }
    return parts;
  }
}
