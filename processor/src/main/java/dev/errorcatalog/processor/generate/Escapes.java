package dev.errorcatalog.processor.generate;

/**
 * The numeric escapes of generated files, written by hand: {@code String.format} per character was
 * a fifth of the processor's time on a catalog of 10,000 codes.
 */
final class Escapes {

  private static final char[] LOWER = "0123456789abcdef".toCharArray();
  private static final char[] UPPER = "0123456789ABCDEF".toCharArray();

  private Escapes() {}

  /** Appends {@code \}{@code uXXXX} for {@code c}, in lower-case hex. */
  static void appendUnicode(StringBuilder out, char c) {
    appendUnicode(out, c, LOWER);
  }

  /**
   * Appends {@code \}{@code uXXXX} for {@code c}, in upper-case hex, as {@code Properties} does.
   */
  static void appendUnicodeUpperCase(StringBuilder out, char c) {
    appendUnicode(out, c, UPPER);
  }

  /** Appends the three-digit octal escape of {@code c}, which must be below {@code 0x100}. */
  static void appendOctal(StringBuilder out, char c) {
    out.append('\\')
        .append((char) ('0' + (c >> 6 & 7)))
        .append((char) ('0' + (c >> 3 & 7)))
        .append((char) ('0' + (c & 7)));
  }

  private static void appendUnicode(StringBuilder out, char c, char[] digits) {
    out.append('\\')
        .append('u')
        .append(digits[c >> 12 & 0xf])
        .append(digits[c >> 8 & 0xf])
        .append(digits[c >> 4 & 0xf])
        .append(digits[c & 0xf]);
  }
}
