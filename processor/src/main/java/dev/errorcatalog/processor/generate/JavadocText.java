package dev.errorcatalog.processor.generate;

import java.util.Locale;

/**
 * Table text made safe for a Javadoc comment, shown as written. Nothing in it can end the comment,
 * start a tag or be decoded by javac: {@code *}{@code /} loses its slash to <code>&amp;#47;</code>,
 * a backslash becomes <code>&amp;#92;</code> (javac decodes {@code \}{@code u002a} even inside
 * comments), {@code @} becomes <code>&amp;#64;</code>, HTML's special characters become entities,
 * line breaks (also U+2028 and U+2029, where JavaPoet would start a new comment line) become {@code
 * <br>}, and other control characters, which HTML cannot hold, show as their Unicode control
 * pictures ({@code U+2400} to {@code U+2421}) or as {@code U+0085}.
 */
final class JavadocText {

  private JavadocText() {}

  /** {@code text} as Javadoc HTML. */
  static String escape(String text) {
    StringBuilder html = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '@' -> html.append("&#64;");
        case '\\' -> html.append("&#92;");
        case '/' -> html.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\r' -> {
          html.append("<br>\n");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n', '\u2028', '\u2029' -> html.append("<br>\n");
        case '\t' -> html.append('\t');
        default -> {
          if (c < 0x20) {
            html.append((char) (0x2400 + c)); // its Unicode control picture, such as U+241B
          } else if (c == 0x7f) {
            html.append('\u2421');
          } else if (Character.isISOControl(c)) {
            html.append(String.format(Locale.ROOT, "U+%04X", (int) c));
          } else {
            html.append(c);
          }
        }
      }
    }
    return html.toString();
  }
}
