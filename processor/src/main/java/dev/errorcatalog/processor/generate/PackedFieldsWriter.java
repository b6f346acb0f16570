package dev.errorcatalog.processor.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the fields that {@code dev.errorcatalog.runtime.PackedFields} reads, whose Javadoc
 * describes the format, and cuts the text into pieces that each fit a class file constant.
 */
final class PackedFieldsWriter {

  /** A char takes up to three bytes in a class file, whose constants hold at most 65,535. */
  static final int CHARS_PER_PIECE = 21_000;

  private final StringBuilder text = new StringBuilder();

  PackedFieldsWriter number(int value) {
    text.append((char) (value >>> 16)).append((char) value);
    return this;
  }

  PackedFieldsWriter text(String value) {
    if (value == null) {
      return number(-1);
    }
    number(value.length());
    text.append(value);
    return this;
  }

  /** The text in pieces of at most {@value #CHARS_PER_PIECE} chars, never inside a pair. */
  List<String> pieces() {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + CHARS_PER_PIECE);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      pieces.add(text.substring(start, end));
      start = end;
    }
    return pieces;
  }
}
