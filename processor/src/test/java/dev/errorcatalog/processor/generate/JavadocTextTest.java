package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JavadocTextTest {

  private static final Pattern REFERENCE =
      Pattern.compile("&(amp|lt|gt|#x([0-9a-fA-F]+)|#(\\d+));");

  /** Reads escaped Javadoc HTML back as a browser would show it, with {@code <br>} as a break. */
  private static String unescape(String html) {
    String text = html.replace("<br>\n", "\n");
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String replacement;
      if (matcher.group(2) != null) {
        replacement = String.valueOf((char) Integer.parseInt(matcher.group(2), 16));
      } else if (matcher.group(3) != null) {
        replacement = String.valueOf((char) Integer.parseInt(matcher.group(3)));
      } else {
        replacement =
            switch (matcher.group(1)) {
              case "amp" -> "&";
              case "lt" -> "<";
              default -> ">";
            };
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * What the Javadoc shows of a text: HTML cannot hold control characters (doclint rejects even
   * numeric references to them), so they show as their Unicode control pictures, or as U+0085.
   */
  private static String shown(String text) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\t') {
        shown.append((char) (0x2400 + c));
      } else if (c == 0x7f) {
        shown.append('\u2421');
      } else if (c >= 0x80 && c <= 0x9f) {
        shown.append(String.format(java.util.Locale.ROOT, "U+%04X", (int) c));
      } else {
        shown.append(c);
      }
    }
    return shown.toString();
  }

  private static void assertSafe(String text) {
    String html = JavadocText.escape(text);
    String shown =
        shown(
            text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n'));
    assertFalse(html.contains("*/"), () -> "comment end in " + html);
    assertFalse(html.contains("\\"), () -> "backslash in " + html);
    assertFalse(html.contains("@"), () -> "raw @ in " + html);
    assertFalse(html.replace("<br>", "").contains("<"), () -> "raw < in " + html);
    assertFalse(html.replace("<br>", "").contains(">"), () -> "raw > in " + html);
    assertFalse(html.contains("\r"), () -> "CR in " + html);
    assertFalse(
        html.contains("\u2028") || html.contains("\u2029"),
        () -> "U+2028/U+2029 (a line break to JavaPoet) in " + html);
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      assertTrue(
          c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f), () -> "control character in " + html);
    }
    assertEquals(shown, unescape(html), () -> "does not read back: " + html);
  }

  @Test
  void neverEndsTheComment() {
    for (String text : List.of("*/", "a */ b", "**/", "*//", "/*/", "* /", "*\n/", "x*")) {
      assertSafe(text);
    }
    assertEquals("*&#47;", JavadocText.escape("*/"));
  }

  @Test
  void neverContainsABackslashSoJavacDecodesNothing() {
    assertEquals("&#92;u002a/", JavadocText.escape("\\u002a/"));
    String html = JavadocText.escape("\\u002a/ and C:\\dir\\");
    assertFalse(html.contains("\\"), html);
    assertTrue(html.contains("&#92;u002a/"), html);
    assertSafe("\\u002a/");
    assertSafe("\\\\u000a");
  }

  @Test
  void neverContainsARawAtSignSoNoTagStarts() {
    assertEquals("&#64;deprecated {&#64;link X}", JavadocText.escape("@deprecated {@link X}"));
    assertSafe("user@example.com");
  }

  @Test
  void escapesHtmlSpecialCharacters() {
    assertEquals(
        "&lt;b&gt;a &amp; b&lt;/b&gt; &amp;amp;", JavadocText.escape("<b>a & b</b> &amp;"));
  }

  @Test
  void turnsEveryLineBreakIntoBrAndNewline() {
    assertEquals("a<br>\nb", JavadocText.escape("a\nb"));
    assertEquals("a<br>\nb", JavadocText.escape("a\r\nb"));
    assertEquals("a<br>\nb", JavadocText.escape("a\rb"));
    assertEquals("a<br>\n<br>\nb", JavadocText.escape("a\n\nb"));
    assertEquals("a<br>\n<br>\nb", JavadocText.escape("a\r\rb"));
    assertEquals("<br>\n", JavadocText.escape("\n"));
    assertEquals("a<br>\nb<br>\nc", JavadocText.escape("a\u2028b\u2029c"));
  }

  @Test
  void keepsOrdinaryAndNonAsciiTextUnchanged() {
    String text =
        "Image size %s is invalid, {0}: '\u56fe\u7247' \uD83D\uDE00 \u05e9\u05dc\u05d5\u05dd";
    assertEquals(text, JavadocText.escape(text));
  }

  @Test
  void showsControlCharactersAsTheirControlPictures() {
    assertSafe("nul\u0000 bell\u0007 esc\u001b del\u007f ff\f nel\u0085");
    assertEquals("\u2400\u241b\u2421U+0085", JavadocText.escape("\u0000\u001b\u007f\u0085"));
  }

  @Test
  void trickyStringsAreSafe() {
    for (String text : PropertiesTextTest.TRICKY) {
      assertSafe(text);
    }
  }

  @Test
  void randomStringsAreSafeAndReadBack() {
    Random random = new Random(42);
    String pool = "*/\\@<>&\r\n\t u0002a{}#;x\u0000\u00e9\u2028\uD83D\uDE00";
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(16);
      for (int j = 0; j < length; j++) {
        text.append(pool.charAt(random.nextInt(pool.length())));
      }
      texts.add(text.toString());
    }
    texts.forEach(JavadocTextTest::assertSafe);
  }
}
