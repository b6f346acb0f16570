package dev.errorcatalog.catalogdata.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reader of the published page sees, from the reStructuredText source of a grid table
 * cell (page 003). The tables hold this, not the source:
 *
 * <ul>
 *   <li>inline markup is removed: {@code **x-auth-token**} and {@code *x*} read {@code
 *       x-auth-token} and {@code x}, literals and interpreted text lose their backquotes, a role
 *       {@code :ref:`Endpoint <ocr_03_0062>`} reads {@code Endpoint}, a backslash escape reads as
 *       the escaped character (an escaped blank as nothing);
 *   <li>each paragraph and each list item is one line: the lines a cell wraps it over are joined
 *       with one space;
 *   <li>a bullet list item starts with {@code "- "} (a dash and one space), whatever bullet and
 *       spacing the source uses; an enumerated item ({@code "1. "}) keeps its number;
 *   <li>lines are joined with a single {@code "\n"}: no empty lines, no trailing blanks.
 * </ul>
 */
final class ReaderText {

  private static final Pattern BULLET = Pattern.compile("[-*+\u2022] +(\\S.*)");
  private static final Pattern ENUMERATED = Pattern.compile("(?:[0-9]+|[a-zA-Z#])[.)] +\\S.*");
  private static final Pattern ROLE = Pattern.compile(":[A-Za-z0-9_.+-]+:`");
  private static final Pattern TARGET = Pattern.compile("(.*?)\\s*<[^<>]+>");

  // Where inline markup may start and end (reStructuredText's inline markup recognition rules,
  // simplified to the characters the pages use).
  private static final String BEFORE_START = "-:/'\"<([{";
  private static final String AFTER_END = "-.,:;!?\\/'\")]}>";

  private ReaderText() {}

  /** The reader's text of a cell, given its source lines with the cell's padding still on. */
  static String ofCell(List<String> sourceLines) {
    int indent = Integer.MAX_VALUE;
    for (String line : sourceLines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    List<StringBuilder> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String raw : sourceLines) {
      if (raw.isBlank()) {
        block = null;
        continue;
      }
      String line = raw.substring(indent).stripTrailing();
      Matcher bullet = BULLET.matcher(line);
      if (bullet.matches()) {
        block = new StringBuilder("- ").append(bullet.group(1));
        blocks.add(block);
      } else if (ENUMERATED.matcher(line).matches() || block == null) {
        block = new StringBuilder(line.strip());
        blocks.add(block);
      } else {
        block.append(' ').append(line.strip());
      }
    }
    List<String> lines = new ArrayList<>();
    for (StringBuilder b : blocks) {
      lines.add(withoutMarkup(b.toString()).strip());
    }
    return String.join("\n", lines);
  }

  /** One line of reStructuredText with its inline markup removed. */
  static String withoutMarkup(String source) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\' && i + 1 < source.length()) {
        char escaped = source.charAt(i + 1);
        if (!Character.isWhitespace(escaped)) {
          out.append(escaped);
        }
        i += 2;
        continue;
      }
      int end = canStart(source, i) ? markupEnd(source, i, out) : -1;
      if (end < 0) {
        out.append(c);
        i++;
      } else {
        i = end;
      }
    }
    return out.toString();
  }

  /**
   * If inline markup starts at {@code i}, appends what the reader sees of it to {@code out} and
   * returns the index after it; otherwise returns -1 and appends nothing.
   */
  private static int markupEnd(String s, int i, StringBuilder out) {
    Matcher role = ROLE.matcher(s).region(i, s.length());
    if (role.lookingAt()) {
      return span(s, role.end(), "`", out, true);
    }
    if (s.startsWith("``", i)) {
      return span(s, i + 2, "``", out, false);
    }
    if (s.startsWith("**", i)) {
      return span(s, i + 2, "**", out, false);
    }
    if (s.charAt(i) == '*') {
      return span(s, i + 1, "*", out, false);
    }
    if (s.charAt(i) == '`') {
      int end = span(s, i + 1, "`", out, true);
      if (end > 0) {
        // A hyperlink reference: `text <url>`_ or an anonymous one, `text`__.
        while (end < s.length() && s.charAt(end) == '_') {
          end++;
        }
      }
      return end;
    }
    return -1;
  }

  // The content runs from `from` to the first `close` that ends markup; it must not start or end
  // with a blank. A reference shows its text, not its <target>.
  private static int span(String s, int from, String close, StringBuilder out, boolean reference) {
    if (from >= s.length() || Character.isWhitespace(s.charAt(from))) {
      return -1;
    }
    for (int end = s.indexOf(close, from + 1); end > 0; end = s.indexOf(close, end + 1)) {
      if (Character.isWhitespace(s.charAt(end - 1))) {
        continue;
      }
      int after = end + close.length();
      int next = after;
      while (reference && next < s.length() && s.charAt(next) == '_') {
        next++;
      }
      if (next < s.length()
          && !Character.isWhitespace(s.charAt(next))
          && AFTER_END.indexOf(s.charAt(next)) < 0) {
        continue;
      }
      String content = s.substring(from, end);
      Matcher target = TARGET.matcher(content);
      out.append(
          reference && target.matches() && !target.group(1).isEmpty() ? target.group(1) : content);
      return after;
    }
    return -1;
  }

  private static boolean canStart(String s, int i) {
    if (i == 0) {
      return true;
    }
    char before = s.charAt(i - 1);
    return Character.isWhitespace(before) || BEFORE_START.indexOf(before) >= 0;
  }
}
