package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsciiSourceTest {

  private static void assertPureAscii(String source) {
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      int at = i;
      assertTrue(c <= 0x7e, () -> "U+" + Integer.toHexString(c) + " at " + at);
    }
  }

  @Test
  void escapesEveryCharacterAboveTildeAsUnicodeEscape() {
    assertEquals(
        "caf\\u00e9 \\u4e2d \\ud83d\\ude00 \\u007f ~",
        AsciiSource.escape("caf\u00e9 \u4e2d \uD83D\uDE00 \u007f ~"));
    assertEquals("\\ud800x", AsciiSource.escape("\uD800x"));
  }

  @Test
  void leavesAsciiSourceUnchanged() {
    String ascii = "class A { String s = \"\\\\u002a \\n\"; } // ~`\t\n";
    assertSame(ascii, AsciiSource.escape(ascii));
  }

  @Test
  void outputIsPureAsciiForEveryCharacter() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= 0xFFFF; c++) {
      all.append((char) c);
    }
    String escaped = AsciiSource.escape(all.toString());
    for (int i = 0; i < escaped.length(); i++) {
      assertTrue(escaped.charAt(i) < 0x80, "at " + i);
    }
    assertTrue(escaped.startsWith(all.substring(0, 0x7f)));
  }

  /**
   * The generators' real path: table text into string literals ({@link StringLiterals}) and Javadoc
   * ({@link JavadocText}), the file through {@link AsciiSource}, then javac reading the source as
   * US-ASCII. Every constant must hold exactly the original text.
   */
  @Test
  void escapedSourceCompilesAsAsciiAndKeepsEveryLiteralAndComment(@TempDir Path dir)
      throws Exception {
    List<String> texts = new ArrayList<>(PropertiesTextTest.TRICKY);
    texts.addAll(
        List.of(
            "*/ closes?",
            "\\u002a/ closes?",
            "\\\u00e9",
            "\\\\\u00e9",
            "\\u0022 quote?",
            "\\u000a newline?",
            "@deprecated",
            "\u0085 \u000b",
            "\uD83D\uDE00\\\u00e9",
            "\\\uD83D\uDE00",
            "\"\u201c\u201d\"",
            "octal then digits: \u00017 \u00000 \u001f9 \u00077"));
    Random random = new Random(7);
    String pool = "\\u0022a*/\"@\n\r\t\u00e9{}%$";
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(20); j > 0; j--) {
        switch (random.nextInt(3)) {
          case 0 -> text.append(pool.charAt(random.nextInt(pool.length())));
          case 1 -> text.append((char) random.nextInt(0xD800)); // BMP below the surrogates
          default -> text.appendCodePoint(0x10000 + random.nextInt(0x100000)); // valid pairs
        }
      }
      texts.add(text.toString());
    }
    texts.add("\u2028line\u2029separators\u0085");
    // An unpaired high surrogate before a backslash fails on its own:
    // unpairedHighSurrogateBeforeBackslashCompiles.
    List<String> javadoc = texts;

    Class<?> compiled = compile(dir, texts, javadoc);

    int viaDollarS = 0;
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(texts.get(i), compiled.getField("T" + i).get(null), "T" + i);
      if (hasField(compiled, "S" + i)) {
        assertEquals(texts.get(i), compiled.getField("S" + i).get(null), "S" + i);
        viaDollarS++;
      }
    }
    assertTrue(viaDollarS > 300, "most texts also went through $S");
  }

  /**
   * javac (17 and 25 alike) rejects {@code "\\ud800\\\\\\u00e9"} with "illegal escape character":
   * after an escaped high surrogate that no escaped low surrogate follows, it does not take the
   * next escape's backslash as starting a unicode escape. JavaPoet's {@code $S} followed by
   * AsciiSource writes exactly that for a text with an unpaired high surrogate, a backslash and a
   * non-ASCII character; a JSON table can spell such a text with {@code \\ud800}, and nothing
   * rejects it.
   */
  @Test
  void unpairedHighSurrogateBeforeBackslashCompiles(@TempDir Path dir) throws Exception {
    // Spelt with casts: this very test source would otherwise trip the same javac behaviour.
    char high = (char) 0xD800;
    char highest = (char) 0xDBFF;
    List<String> texts = List.of(high + "\\\u00e9", highest + "\\\\\u4e2d");

    Class<?> compiled = compile(dir, texts, List.of());

    assertEquals(texts.get(0), compiled.getField("T0").get(null));
    assertEquals(texts.get(1), compiled.getField("T1").get(null));
  }

  /**
   * Writes class {@code p.Texts} with constants {@code Ti} (a {@link StringLiterals} literal with
   * the text's Javadoc) and {@code Si} (a JavaPoet {@code $S} literal) per text, escapes the file
   * with AsciiSource, compiles it as US-ASCII and loads it.
   */
  private static Class<?> compile(Path dir, List<String> texts, List<String> javadoc)
      throws Exception {
    TypeSpec.Builder type =
        TypeSpec.classBuilder("Texts")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("$L", JavadocText.escape("All texts: " + String.join(" | ", javadoc)));
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      type.addField(
          FieldSpec.builder(String.class, "T" + i, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("$L", JavadocText.escape(text))
              .initializer(StringLiterals.of(text))
              .build());
      // Also as JavaPoet's $S literal, which escapes only what Java requires and leaves the
      // non-ASCII to AsciiSource; $S writes U+2028 and U+2029 as line breaks, and does not split
      // after an unpaired high surrogate, so not those (which is why the generators use
      // StringLiterals for table text).
      if (text.indexOf('\u2028') < 0
          && text.indexOf('\u2029') < 0
          && !text.matches("(?s).*[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF]).*")) {
        type.addField(
            FieldSpec.builder(
                    String.class, "S" + i, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", text)
                .build());
      }
    }
    String source = AsciiSource.escape(JavaFile.builder("p", type.build()).build().toString());
    assertPureAscii(source);

    Path sources = Files.createDirectories(dir.resolve("src/p"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path file = Files.writeString(sources.resolve("Texts.java"), source, StandardCharsets.US_ASCII);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "tests need a JDK");
    StringWriter output = new StringWriter();
    boolean compiled =
        javac
            .getTask(
                output,
                null,
                null,
                List.of("-encoding", "US-ASCII", "-Xlint:all", "-Werror", "-d", classes.toString()),
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(file))
            .call();
    assertTrue(compiled, () -> "javac failed:\n" + output);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      return Class.forName("p.Texts", true, loader);
    }
  }

  private static boolean hasField(Class<?> type, String name) {
    try {
      return type.getField(name) != null;
    } catch (NoSuchFieldException e) {
      return false;
    }
  }
}
