package dev.errorcatalog.processor.generate;

import java.util.Locale;

/**
 * Table text made safe for a Javadoc comment, shown as written. Nothing in it can end the comment,
 * start a tag or be decoded by javac: {@code *}{@code /} loses its slash to {@code &#47;}, a
 * backslash becomes {@code &#92;} (javac decodes {@code \}{@code u002a} even inside comments),
 * {@code @} becomes {@code &#64;}, HTML's special characters become entities, line breaks become
 * {@code <br>} and other control characters numeric references.
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
        case '\n' -> html.append("<br>\n");
        case '\t' -> html.append('\t');
        default -> {
          if (c < 0x20 || c == 0x7f) {
            html.append(String.format(Locale.ROOT, "&#x%x;", (int) c));
          } else {
            html.append(c);
          }
        }
      }
    }
    return html.toString();
  }
}
