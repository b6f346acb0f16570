package dev.errorcatalog.processor.generate;

import static dev.errorcatalog.processor.model.Fixtures.message;
import static dev.errorcatalog.processor.model.Fixtures.row;
import static dev.errorcatalog.processor.model.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogRendererTest {

  private static final String T = "errorcatalog/test/t.json";

  private static String source(Catalog catalog) {
    List<GeneratedFile> files = new CatalogRenderer(Optional.empty()).render(catalog);
    return files.stream()
        .filter(GeneratedFile.SourceFile.class::isInstance)
        .map(file -> ((GeneratedFile.SourceFile) file).text())
        .filter(text -> text.contains("class TestErrors"))
        .findFirst()
        .orElseThrow();
  }

  /**
   * U+2028 and U+2029 are legal in a Java string literal, but JavaPoet's {@code $S} writes them as
   * real line breaks (it splits lines on {@code \R}), which ends the literal: the generated
   * constant would not compile. They must reach javac as {@code \u2028} inside the literal.
   */
  @Test
  void lineAndParagraphSeparatorsStayInsideTheMessageLiteral() {
    Catalog catalog =
        Fixtures.catalog(
            Locale.ENGLISH,
            table(
                T,
                row(
                    T,
                    2,
                    "AIS.0014",
                    null,
                    message(T, 2, null, "Line\u2028Separated\u2029Paragraph"))));

    String source = source(catalog);

    assertTrue(
        source.contains("\"Line\\u2028Separated\\u2029Paragraph\""),
        () -> "message literal broken in:\n" + source);
  }

  @Test
  void generatedSourceIsAsciiAndKeepsOtherTextInEscapedLiterals() {
    Catalog catalog =
        Fixtures.catalog(
            Locale.ENGLISH,
            table(
                T,
                row(
                    T,
                    2,
                    "AIS.0014",
                    "400",
                    message(T, 2, null, "Caf\u00e9 \"%s\" \\u002a */ @x \uD83D\uDE00"))));

    String source = source(catalog);

    assertEquals(-1, source.chars().filter(c -> c > 0x7e).findFirst().orElse(-1));
    assertTrue(source.contains("\"Caf\\u00e9 \\\"%s\\\" \\\\u002a */ @x \\ud83d\\ude00\""), source);
  }

  /** A large catalog renders to the same files, byte for byte. */
  @Test
  void rendersALargeCatalogToTheSameFilesEveryTime() {
    List<String> codes = new java.util.ArrayList<>(List.of("SAME.AaAa", "SAME.BBBB"));
    for (int i = 0; i < 3_000; i++) {
      codes.add((i % 3 == 0 ? "AIS." : i % 3 == 1 ? "ModelArts." : "APIG.") + i);
    }
    Catalog catalog = Fixtures.catalogOf(Fixtures.entries(codes));

    List<GeneratedFile> first = new CatalogRenderer(Optional.empty()).render(catalog);
    List<GeneratedFile> second = new CatalogRenderer(Optional.empty()).render(catalog);

    assertTrue(first.size() > 3, "constants interfaces and the entries file");
    assertEquals(contents(first), contents(second));
  }

  private static List<String> contents(List<GeneratedFile> files) {
    return files.stream()
        .map(
            file ->
                file instanceof GeneratedFile.SourceFile source
                    ? source.qualifiedName() + "\n" + source.text()
                    : ((GeneratedFile.ResourceFile) file).relativeName()
                        + "\n"
                        + new String(
                            ((GeneratedFile.ResourceFile) file).bytes(),
                            StandardCharsets.ISO_8859_1))
        .toList();
  }
}
