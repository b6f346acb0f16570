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
    assertEquals("caf\\u00e9 \\u4e2d \\ud83d\\ude00 \\u007f ~",
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
   * The generators' real path: table text into string literals ({@code $S}) and Javadoc
   * ({@link JavadocText}), the file through {@link AsciiSource}, then javac reading the source as
   * US-ASCII. Every constant must hold exactly the original text.
   */
  @Test
  void escapedSourceCompilesAsAsciiAndKeepsEveryLiteralAndComment(@TempDir Path dir)
      throws Exception {
    List<String> texts = new ArrayList<>(PropertiesTextTest.TRICKY);
    texts.addAll(List.of("*/ closes?", "\\u002a/ closes?", "\\\u00e9", "\\\\\u00e9",
        "\\u0022 quote?", "\\u000a newline?", "@deprecated", "\u0085 \u2028 \u2029",
        "\\\uD83D\uDE00", "\"\u201c\u201d\""));
    Random random = new Random(7);
    String pool = "\\u0022a*/\"@\n\r\t\u00e9\u2028\uD800\uDC00{}%$";
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(20); j > 0; j--) {
        text.append(random.nextBoolean()
            ? pool.charAt(random.nextInt(pool.length()))
            : (char) random.nextInt(0x10000));
      }
      texts.add(text.toString());
    }
    TypeSpec.Builder type = TypeSpec.classBuilder("Texts")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L", JavadocText.escape("All texts: " + String.join(" | ", texts)));
    // JavaPoet's $S writes U+2028 and U+2029 as real line breaks, which ends the literal before
    // AsciiSource sees it: CatalogRendererTest covers that. Here they stay in the Javadoc only.
    texts.replaceAll(text -> text.replace('\u2028', '\u2027').replace('\u2029', '\u2026'));
    for (int i = 0; i < texts.size(); i++) {
      type.addField(FieldSpec.builder(String.class, "T" + i,
              Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L", JavadocText.escape(texts.get(i) + " \u2028\u2029"))
          .initializer("$S", texts.get(i))
          .build());
    }
    String source = AsciiSource.escape(JavaFile.builder("p", type.build()).build().toString());
    assertPureAscii(source);

    Path sources = Files.createDirectories(dir.resolve("src/p"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path file = Files.writeString(sources.resolve("Texts.java"), source, StandardCharsets.US_ASCII);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "tests need a JDK");
    StringWriter output = new StringWriter();
    boolean compiled = javac.getTask(output, null, null,
        List.of("-encoding", "US-ASCII", "-Xlint:all", "-Werror", "-d", classes.toString()),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjects(file)).call();
    assertTrue(compiled, () -> "javac failed:\n" + output);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      Class<?> compiledType = loader.loadClass("p.Texts");
      for (int i = 0; i < texts.size(); i++) {
        assertEquals(texts.get(i), compiledType.getField("T" + i).get(null), "T" + i);
      }
    }
  }
}
