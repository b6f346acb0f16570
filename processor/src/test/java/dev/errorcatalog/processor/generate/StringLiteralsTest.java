package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import org.junit.jupiter.api.Test;

class StringLiteralsTest {

  /**
   * The initializer as a source file shows it. (CodeBlock.toString() alone drops what follows the
   * last $W wrapping point.)
   */
  private static String render(CodeBlock initializer) {
    TypeSpec type =
        TypeSpec.classBuilder("X")
            .addField(FieldSpec.builder(String.class, "F").initializer(initializer).build())
            .build();
    String source = JavaFile.builder("p", type).build().toString();
    int start = source.indexOf("F = ") + 4;
    return source.substring(start, source.indexOf(";\n", start)).replaceAll("\\s*\\n\\s*", " ");
  }

  @Test
  void quotesEveryCharacterAsPrintableAscii() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String literal = StringLiterals.quoted(String.valueOf((char) c));
      assertTrue(
          literal.startsWith("\"") && literal.endsWith("\"") && literal.length() >= 3, literal);
      for (int i = 0; i < literal.length(); i++) {
        char out = literal.charAt(i);
        int code = c;
        assertTrue(out >= 0x20 && out <= 0x7e, () -> "U+" + Integer.toHexString(code));
      }
    }
  }

  @Test
  void neverWritesAUnicodeEscapeForAControlCharacter() {
    // javac decodes unicode escapes before lexing: a u000a escape is a real line break.
    for (char c = 0; c < 0x20; c++) {
      assertFalse(
          StringLiterals.quoted(String.valueOf(c)).contains("\\u"), "U+" + Integer.toHexString(c));
    }
    assertEquals(
        "\"\\n\\r\\t\\f\\b\\000\\0017\\037\"",
        StringLiterals.quoted("\n\r\t\f\b\u0000\u00017\u001f"));
  }

  @Test
  void escapesQuotesBackslashesAndNonAscii() {
    assertEquals(
        "\"\\\"\\\\u002a\\u00e9\\u2028\\ud83d\\ude00\"",
        StringLiterals.quoted("\"\\u002a\u00e9\u2028\uD83D\uDE00"));
  }

  @Test
  void splitsTextWithLineBreaksIntoOneLiteralPerLine() {
    assertEquals(
        "\"one\\n\" + \"two\\n\" + \"three\"", render(StringLiterals.of("one\ntwo\nthree")));
    assertEquals("\"last\\n\"", render(StringLiterals.of("last\n")));
    assertEquals("\"\\n\" + \"\\n\"", render(StringLiterals.of("\n\n")));
  }

  @Test
  void writesEmptyAndNullTexts() {
    assertEquals("\"\"", render(StringLiterals.of("")));
    assertEquals("null", render(StringLiterals.of(null)));
  }
}
