package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        replacement = new String(Character.toChars(Integer.parseInt(matcher.group(2), 16)));
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
   * What the Javadoc shows of a text: HTML cannot hold control characters, lone surrogates or
   * noncharacters (doclint rejects even numeric references to them), so control characters show as
   * their Unicode control pictures or as U+0085, the others as U+D800 or U+FFFE.
   */
  private static String shown(String text) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
      if (c < 0x20 && c != '\n' && c != '\t') {
        shown.append((char) (0x2400 + c));
      } else if (c == 0x7f) {
        shown.append('\u2421');
      } else if ((c >= 0x80 && c <= 0x9f) || Character.isSurrogate((char) c) || nonCharacter) {
        shown.append(String.format(Locale.ROOT, "U+%04X", c));
      } else {
        shown.appendCodePoint(c);
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
          c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f),
          () -> "control or non-ASCII character in " + html);
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
  void keepsOrdinaryTextUnchanged() {
    String text = "Image size %s is invalid, {0}: 'x' ~ #;";
    assertEquals(text, JavadocText.escape(text));
  }

  @Test
  void writesNonAsciiAsHtmlCharacterReferences() {
    assertEquals(
        "'&#x56FE;&#x7247;' &#x05E9;&#x05DC; &#x00E9; &#x00A0;",
        JavadocText.escape("'\u56fe\u7247' \u05e9\u05dc \u00e9 \u00a0"));
    assertSafe("\u8bf7\u68c0\u67e5Token\u662f\u5426\u6b63\u786e\u3002");
  }

  @Test
  void writesASupplementaryCharacterAsOneReferenceForItsCodePoint() {
    assertEquals("&#x1F600; &#x1D11E;", JavadocText.escape("\uD83D\uDE00 \uD834\uDD1E"));
  }

  @Test
  void showsControlCharactersAsTheirControlPictures() {
    assertSafe("nul\u0000 bell\u0007 esc\u001b del\u007f ff\f nel\u0085");
    assertEquals("&#x2400;&#x241B;&#x2421;U+0085", JavadocText.escape("\u0000\u001b\u007f\u0085"));
  }

  @Test
  void namesLoneSurrogatesAndNoncharactersWhichHtmlCannotHold() {
    assertEquals(
        "U+D83D x U+DE00 U+FFFE U+FDD0 U+1FFFF",
        JavadocText.escape("\uD83D x \uDE00 \uFFFE \uFDD0 \uD83F\uDFFF"));
    assertSafe("\uDE00\uD83D \uFFFF");
  }

  @Test
  void wrapsAtSpacesToTheWidth() {
    assertEquals("one two\nthree four\nfive", JavadocText.wrap("one two three four five", 10));
    assertEquals("short<br>\nlines stay", JavadocText.wrap("short<br>\nlines stay", 10));
    assertEquals("a\nb", JavadocText.wrap("a    b", 3));
  }

  @Test
  void breaksALongRunOnlyBetweenReferencesTagsAndCharacters() {
    String chinese = JavadocText.escape("\u8bf7\u68c0\u67e5\u8bf7\u6c42\u53c2\u6570");
    assertEquals(
        "&#x8BF7;&#x68C0;\n&#x67E5;&#x8BF7;\n&#x6C42;&#x53C2;\n&#x6570;",
        JavadocText.wrap(chinese, 20));
    assertEquals("abcdefghij\nklmno", JavadocText.wrap("abcdefghijklmno", 10));
    assertEquals("ab\n<br>\ncd", JavadocText.wrap("ab<br>\ncd", 4));
  }

  @Test
  void neverBreaksInsideAnInlineTag() {
    assertEquals(
        "see\n{@code A.1 and more}\nthen", JavadocText.wrap("see {@code A.1 and more} then", 10));
    assertEquals("{@code a b c d e}", JavadocText.wrap("{@code a b c d e}", 5));
  }

  @Test
  void wrappedRandomTextKeepsEveryCharacterAndFitsTheWidth() {
    Random random = new Random(11);
    String pool = "ab \u8bf7\u00e9&<>\n@*/\uD83D\uDE00";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(120);
      for (int j = 0; j < length; j++) {
        text.append(pool.charAt(random.nextInt(pool.length())));
      }
      String html = JavadocText.escape(text.toString());
      int width = 20 + random.nextInt(80);
      String wrapped = JavadocText.wrap(html, width);
      assertEquals(html.replaceAll("\\s", ""), wrapped.replaceAll("\\s", ""), html);
      for (String line : wrapped.split("\n", -1)) {
        assertTrue(line.length() <= width, () -> width + ": " + line);
        assertFalse(line.endsWith(" "), () -> "trailing space: " + line);
      }
    }
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
