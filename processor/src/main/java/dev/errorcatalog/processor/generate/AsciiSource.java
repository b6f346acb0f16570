package dev.errorcatalog.processor.generate;

/**
 * Makes generated Java source pure ASCII: every character above {@code U+007E} becomes a {@code
 * \}{@code uXXXX} escape, which javac decodes before it reads anything, so the text is the same
 * inside string literals whatever charset the compiler reads sources in. Javadoc is ASCII already:
 * {@link JavadocText} writes HTML character references, which IDE hovers show as characters.
 *
 * <p>Safe because the generators never put a lone backslash before a non-ASCII character: string
 * literals double every backslash and Javadoc writes them as <code>&amp;#92;</code>, so each escape
 * added here is preceded by an even number of backslashes and javac decodes it.
 */
final class AsciiSource {

  private AsciiSource() {}

  /** {@code source} with its non-ASCII characters escaped. */
  static String escape(String source) {
    StringBuilder ascii = null;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c > 0x7e) {
        if (ascii == null) {
          ascii = new StringBuilder(source.length() + 64).append(source, 0, i);
        }
        Escapes.appendUnicode(ascii, c);
      } else if (ascii != null) {
        ascii.append(c);
      }
    }
    return ascii == null ? source : ascii.toString();
  }
}
