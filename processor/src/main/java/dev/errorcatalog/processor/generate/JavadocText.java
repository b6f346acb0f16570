package dev.errorcatalog.processor.generate;

/**
 * Table text made safe for a Javadoc comment, shown as written, in pure ASCII. Nothing in it can
 * end the comment, start a tag or be decoded by javac: {@code *}{@code /} loses its slash to <code>
 * &amp;#47;</code>, a backslash becomes <code>&amp;#92;</code> (javac decodes {@code \}{@code
 * u002a} even inside comments), {@code @} becomes <code>&amp;#64;</code>, HTML's special characters
 * become entities, line breaks (also U+2028 and U+2029, where JavaPoet would start a new comment
 * line) become {@code <br>}.
 *
 * <p>Every other non-ASCII character becomes an HTML character reference such as <code>
 * &amp;#x4E3A;</code> (a supplementary character one reference for its code point), which every
 * Javadoc renderer shows as the character; a {@code \}{@code uXXXX} escape would show literally in
 * some IDE hovers. What HTML cannot hold, and doclint rejects even as a reference, shows as text:
 * control characters as their Unicode control pictures ({@code U+2400} to {@code U+2421}) or as
 * {@code U+0085}, lone surrogates and noncharacters as {@code U+D800} or {@code U+FFFE}.
 */
final class JavadocText {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JavadocText() {}

  /** {@code text} as ASCII Javadoc HTML. */
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
            appendReference(html, 0x2400 + c); // its Unicode control picture, such as U+241B
          } else if (c < 0x7f) {
            html.append(c);
          } else if (c == 0x7f) {
            appendReference(html, 0x2421);
          } else {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint) - 1;
            if (isHtmlCharacter(codePoint)) {
              appendReference(html, codePoint);
            } else {
              appendCodePointName(html, codePoint);
            }
          }
        }
      }
    }
    return html.toString();
  }

  /**
   * Whether HTML (and so doclint) accepts a reference to {@code codePoint}: not a control
   * character, a surrogate on its own or a noncharacter.
   */
  static boolean isHtmlCharacter(int codePoint) {
    return !Character.isISOControl(codePoint)
        && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)
        && !(codePoint >= 0xFDD0 && codePoint <= 0xFDEF)
        && (codePoint & 0xFFFE) != 0xFFFE;
  }

  /**
   * {@code html} with each line broken at spaces so that it is at most {@code width} columns wide.
   * A line without a space early enough is broken between two character references, tags or
   * ordinary characters instead, never inside a character reference such as <code>&amp;#x4E3A;
   * </code>, a tag such as {@code <br>} or an inline tag such as <code>{&#64;code AIS.0101}</code>;
   * the break then shows as a space. A line is left long only when one of those alone is wider.
   */
  static String wrap(String html, int width) {
    StringBuilder out = new StringBuilder(html.length() + html.length() / width + 8);
    int lineStart = 0;
    while (lineStart <= html.length()) {
      int lineEnd = html.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = html.length();
      }
      int end = lineEnd;
      while (end > lineStart && (html.charAt(end - 1) == ' ' || html.charAt(end - 1) == '\t')) {
        end--;
      }
      if (end - lineStart <= width) {
        out.append(html, lineStart, end); // most lines fit: no copy, no scan for breaks
      } else {
        wrapLine(out, html.substring(lineStart, end), width);
      }
      if (lineEnd < html.length()) {
        out.append('\n');
      }
      lineStart = lineEnd + 1;
    }
    return out.toString();
  }

  private static void wrapLine(StringBuilder out, String line, int width) {
    String rest = stripTrailing(line);
    while (rest.length() > width) {
      int cut = breakAt(rest, width);
      if (cut < 0) {
        break;
      }
      out.append(stripTrailing(rest.substring(0, cut))).append('\n');
      rest = rest.substring(cut).stripLeading();
    }
    out.append(rest);
  }

  /**
   * Where to break {@code line}: the last space within {@code width}, else the last other break
   * opportunity within it, else the first opportunity after it; -1 where there is none.
   */
  private static int breakAt(String line, int width) {
    int space = -1;
    int boundary = -1;
    Scanner scanner = new Scanner(line);
    for (int i = 1; i < line.length(); i++) {
      scanner.advanceTo(i);
      if (!scanner.isOutside() || line.charAt(i - 1) == ' ') {
        continue;
      }
      if (i > width) {
        // Past the width: the best opportunity within it, else this first one after it.
        return space > 0 ? space : boundary > 0 ? boundary : i;
      }
      if (line.charAt(i) == ' ') {
        space = i;
      } else {
        boundary = i;
      }
    }
    return space > 0 ? space : boundary;
  }

  private static String stripTrailing(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
      end--;
    }
    return line.substring(0, end);
  }

  /**
   * Tracks whether a position of a line lies inside a character reference, a tag or an inline tag,
   * where no break may go.
   */
  private static final class Scanner {
    private final String line;
    private int position;
    private boolean inReference;
    private boolean inTag;
    private int inlineDepth;

    Scanner(String line) {
      this.line = line;
    }

    /** Moves to just before {@code target}, having read every character before it. */
    void advanceTo(int target) {
      for (; position < target; position++) {
        char c = line.charAt(position);
        if (inReference) {
          inReference = c != ';';
        } else if (inTag) {
          inTag = c != '>';
        } else if (c == '&') {
          inReference = true;
        } else if (c == '<') {
          inTag = true;
        } else if (c == '{'
            && (inlineDepth > 0
                || (position + 1 < line.length() && line.charAt(position + 1) == '@'))) {
          inlineDepth++; // inside an inline tag, Javadoc balances every brace
        } else if (c == '}' && inlineDepth > 0) {
          inlineDepth--;
        }
      }
    }

    /** Whether a break may go at the current position. */
    boolean isOutside() {
      return !inReference && !inTag && inlineDepth == 0;
    }
  }

  private static void appendReference(StringBuilder html, int codePoint) {
    html.append("&#x");
    appendHex(html, codePoint);
    html.append(';');
  }

  private static void appendCodePointName(StringBuilder html, int codePoint) {
    html.append("U+");
    appendHex(html, codePoint);
  }

  /** At least four upper-case hex digits, as in {@code U+0085}. */
  private static void appendHex(StringBuilder out, int value) {
    int digits = Math.max(4, (32 - Integer.numberOfLeadingZeros(value) + 3) / 4);
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      out.append(HEX[value >> shift & 0xf]);
    }
  }
}
