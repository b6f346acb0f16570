package dev.errorcatalog.processor.generate;

import java.util.Locale;

/**
 * Table text as HTML text or attribute value: nothing in it can end an element, an attribute or a
 * character reference, and the result is pure ASCII, so the page reads the same whatever charset a
 * tool assumes.
 *
 * <ul>
 *   <li>{@code & < > " '} become character references;
 *   <li>a line break ({@code \n}, {@code \r\n} or a lone {@code \r}) becomes {@code \n}, which the
 *       page shows as a line break; a tab stays;
 *   <li>other non-ASCII characters become hexadecimal references (<code>&amp;#x4E2D;</code>);
 *   <li>what HTML cannot carry (other control characters, lone surrogates, noncharacters) becomes
 *       U+FFFD, the replacement character, which is what a browser would show for it anyway.
 * </ul>
 */
final class HtmlText {

  private static final String REPLACEMENT = "&#xFFFD;";

  private HtmlText() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n', '\t' -> out.append((char) c);
        case '\r' -> {
          out.append('\n');
          if (i < text.length() && text.charAt(i) == '\n') {
            i++;
          }
        }
        default -> {
          if (c >= 0x20 && c < 0x7F) {
            out.append((char) c);
          } else if (cannotCarry(c)) {
            out.append(REPLACEMENT);
          } else {
            out.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
          }
        }
      }
    }
    return out.toString();
  }

  // HTML's "control" and "noncharacter" code points, and surrogates, which only occur here alone.
  private static boolean cannotCarry(int c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c <= 0xFFFF && Character.isSurrogate((char) c))
        || (c >= 0xFDD0 && c <= 0xFDEF)
        || (c & 0xFFFE) == 0xFFFE;
  }
}
