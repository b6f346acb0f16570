package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.CodeBlock;

/**
 * Java string literals of table text, pure ASCII and safe to place anywhere in a source file.
 *
 * <p>JavaPoet's {@code $S} is not enough here: it keeps non-ASCII characters as they are, and its
 * writer splits lines at U+2028 and U+2029, which cuts a literal in two. Every character that is
 * not printable ASCII is escaped here: {@code \n}-style escapes for the named ones, octal escapes
 * for other controls (a {@code \}{@code u000a} escape would be decoded into a real line break
 * before javac reads the literal), and {@code \}{@code uXXXX} for the rest, which javac decodes
 * inside the literal. A text with line breaks becomes one literal per line, joined with {@code +},
 * as a careful person would write it; javac folds them into one constant.
 */
final class StringLiterals {

  private StringLiterals() {}

  /** {@code text} as a literal expression, or {@code null} for {@code null}. */
  static CodeBlock of(String text) {
    if (text == null) {
      return CodeBlock.of("null");
    }
    CodeBlock.Builder literal = CodeBlock.builder();
    int start = 0;
    do {
      int end = pieceEnd(text, start);
      literal.add(start == 0 ? "$L" : "$W+ $L", quoted(text.substring(start, end)));
      start = end;
    } while (start < text.length());
    return literal.build();
  }

  /**
   * Where the piece starting at {@code start} ends: after a line break, or after a high surrogate
   * without its low half. javac reads an escaped high surrogate and then looks for its low half;
   * when a backslash follows instead, it loses count of backslashes and rejects the literal
   * ("illegal escape character"), so the literal ends right there.
   */
  private static int pieceEnd(String text, int start) {
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\n' && i + 1 < text.length();
      boolean loneHigh =
          Character.isHighSurrogate(c)
              && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
              && i + 1 < text.length();
      if (lineEnd || loneHigh) {
        return i + 1;
      }
    }
    return text.length();
  }

  /** One literal, quotes included. */
  static String quoted(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\b' -> literal.append("\\b");
        case '\t' -> literal.append("\\t");
        case '\n' -> literal.append("\\n");
        case '\f' -> literal.append("\\f");
        case '\r' -> literal.append("\\r");
        default -> {
          if (c < 0x20) {
            Escapes.appendOctal(literal, c);
          } else if (c > 0x7e) {
            Escapes.appendUnicode(literal, c);
          } else {
            literal.append(c);
          }
        }
      }
    }
    return literal.append('"').toString();
  }
}
