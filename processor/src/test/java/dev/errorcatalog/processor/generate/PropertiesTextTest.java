package dev.errorcatalog.processor.generate;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PropertiesTextTest {

  /** Strings that each break a naive properties writer in some way. */
  static final List<String> TRICKY =
      List.of(
          "",
          " ",
          "  leading spaces",
          "trailing spaces  ",
          "\tleading tab",
          "= starts with equals",
          ": starts with colon",
          "# starts with hash",
          "! starts with bang",
          "a=b:c#d!e",
          "back\\slash",
          "ends with backslash\\",
          "\\",
          "\\\\double",
          "\\u002a",
          "\\u00",
          "\\uZZZZ",
          "%n and %s and %1$d and 100%%",
          "{0} isn't {1}",
          "''quoted''",
          "line\nbreak",
          "\n",
          "trailing newline\n",
          "cr\rlf\r\nmixed",
          "tab\there",
          "form\ffeed",
          "\u2028line separator\u2029paragraph",
          "\u0000nul\u0001soh\u001fus\u007fdel\u0085nel\u009fapc",
          "emoji \uD83D\uDE00 and \uD83C\uDDE8\uD83C\uDDF3 flag",
          "lone high \uD800 surrogate",
          "lone low \uDC00 surrogate",
          "\uDFFF\uD800 reversed pair",
          "right-to-left \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u202e override",
          "\u56fe\u7247\u5927\u5c0f\u4e0d\u7b26\u5408\u8981\u6c42\uff1a%s",
          "\uFEFFbom in text",
          "caf\u00e9 \u00ff \u0100",
          "\uffff\ufffe noncharacters",
          " = : # ! \\ ");

  private static String file(Map<String, String> entries) {
    StringBuilder text =
        new StringBuilder("# " + PropertiesText.comment("comment\nwith = and \u00e9") + "\n");
    entries.forEach(
        (key, value) ->
            text.append(PropertiesText.key(key))
                .append('=')
                .append(PropertiesText.value(value))
                .append('\n'));
    return text.toString();
  }

  private static void assertPureAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertTrue(
          c == '\n' || (c >= 0x20 && c <= 0x7e),
          () -> "not printable ASCII at " + text.indexOf(c) + ": U+" + Integer.toHexString(c));
    }
  }

  private static Map<String, String> load(byte[] bytes, Charset charset) {
    Properties properties = new Properties();
    try {
      properties.load(new InputStreamReader(new ByteArrayInputStream(bytes), charset));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> loaded = new HashMap<>();
    properties.stringPropertyNames().forEach(key -> loaded.put(key, properties.getProperty(key)));
    return loaded;
  }

  private static Map<String, String> loadLatin1Stream(byte[] bytes) {
    Properties properties = new Properties();
    try {
      properties.load(new ByteArrayInputStream(bytes)); // ISO-8859-1 by specification
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> loaded = new HashMap<>();
    properties.stringPropertyNames().forEach(key -> loaded.put(key, properties.getProperty(key)));
    return loaded;
  }

  private static Map<String, String> bundle(ResourceBundle bundle) {
    Map<String, String> loaded = new HashMap<>();
    for (String key : Collections.list(bundle.getKeys())) {
      loaded.put(key, bundle.getString(key));
    }
    return loaded;
  }

  /** Writes {@code entries}, then reads them back every way a bundle can be read. */
  private static void assertRoundTrips(Map<String, String> entries) throws IOException {
    String text = file(entries);
    assertPureAscii(text);
    byte[] bytes = text.getBytes(US_ASCII);
    Map<String, String> expected = new HashMap<>(entries);

    assertEquals(expected, load(bytes, UTF_8), "read as UTF-8");
    assertEquals(expected, load(bytes, ISO_8859_1), "read as ISO-8859-1");
    assertEquals(expected, loadLatin1Stream(bytes), "Properties.load(InputStream)");
    assertEquals(
        expected,
        bundle(new PropertyResourceBundle(new ByteArrayInputStream(bytes))),
        "PropertyResourceBundle(InputStream)");
    assertEquals(
        expected,
        bundle(new PropertyResourceBundle(new StringReader(text))),
        "PropertyResourceBundle(Reader)");
  }

  @Test
  void roundTripsTrickyValuesThroughPropertiesLoad() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    for (int i = 0; i < TRICKY.size(); i++) {
      entries.put("AIS." + i, TRICKY.get(i));
    }
    assertRoundTrips(entries);
  }

  @Test
  void roundTripsTrickyKeysThroughPropertiesLoad() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    for (int i = 0; i < TRICKY.size(); i++) {
      entries.put(TRICKY.get(i), "value " + i);
    }
    assertRoundTrips(entries);
  }

  @Test
  void roundTripsEachTrickyStringAloneAsKeyAndValue() throws IOException {
    for (String text : TRICKY) {
      assertRoundTrips(Map.of(text, text));
    }
  }

  @Test
  void roundTripsEveryCharacterThroughPropertiesLoad() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= 0xFFFF; c++) {
      all.append((char) c);
      if (all.length() == 512) {
        entries.put("k" + c, all.toString());
        all.setLength(0);
      }
    }
    entries.put("k", all.toString());
    assertRoundTrips(entries);
  }

  @Test
  void roundTripsRandomStringsThroughPropertiesLoadAndResourceBundle() throws IOException {
    Random random = new Random(20240601L);
    String pool = " =:#!\\\t\n\r\f%{}'\"u0aZ";
    for (int round = 0; round < 40; round++) {
      Map<String, String> entries = new LinkedHashMap<>();
      for (int i = 0; i < 100; i++) {
        entries.put(randomString(random, pool), randomString(random, pool));
      }
      assertRoundTrips(entries);
    }
  }

  private static String randomString(Random random, String pool) {
    int length = random.nextInt(24);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(6)) {
        case 0, 1 -> text.append(pool.charAt(random.nextInt(pool.length())));
        case 2 -> text.append((char) (0x20 + random.nextInt(0x5f)));
        case 3 -> text.append((char) random.nextInt(0x100));
        case 4 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
        default -> text.append((char) random.nextInt(0x10000)); // lone surrogates included
      }
    }
    return text.toString();
  }

  @Test
  void escapesLeadingSpaceOfValuesAndEverySpaceOfKeys() {
    assertEquals("\\ a b", PropertiesText.value(" a b"));
    assertEquals("\\ a\\ b", PropertiesText.key(" a b"));
  }

  @Test
  void escapesNonAsciiAsUnicodeEscapesPerUtf16Unit() {
    assertEquals("\\u00E9", PropertiesText.value("\u00e9"));
    assertEquals("\\uD83D\\uDE00", PropertiesText.value("\uD83D\uDE00"));
    assertEquals("\\u0000\\u007F", PropertiesText.value("\u0000\u007f"));
  }

  @Test
  void keepsBackslashUEscapeAsSixLiteralCharacters() throws IOException {
    assertEquals("\\\\u002a", PropertiesText.value("\\u002a"));
    assertRoundTrips(Map.of("\\u002a", "\\u002a"));
  }

  @Test
  void commentStaysOnOneLineAndDoesNotDefineKeys() throws IOException {
    String comment = PropertiesText.comment("first\nkey=value\r\nother:value\u2028x\u00e9");
    assertPureAscii(comment);
    assertTrue(comment.indexOf('\n') < 0 && comment.indexOf('\r') < 0, comment);
    Properties properties = new Properties();
    properties.load(new StringReader("# " + comment + "\nreal=1\n"));
    assertEquals(Set.of("real"), properties.stringPropertyNames());
  }
}
