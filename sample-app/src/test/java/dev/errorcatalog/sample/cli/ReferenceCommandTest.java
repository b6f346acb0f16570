package dev.errorcatalog.sample.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.Catalogs;
import dev.errorcatalog.sample.huaweicloud.OcrErrors;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ReferenceCommandTest {

  @Test
  void writesTheCatalogsGeneratedPageUnchanged() throws IOException {
    Cli.Run run = Cli.run("reference", "ocr");

    assertEquals(0, run.exitCode(), run.err());
    try (InputStream generated = OcrErrors.class.getResourceAsStream("OcrErrors.html")) {
      assertNotNull(generated, "the processor wrote no OcrErrors.html");
      assertArrayEquals(generated.readAllBytes(), run.outBytes());
    }
    assertTrue(run.out().startsWith("<!DOCTYPE html>\n"), run.out());
    assertTrue(run.out().contains("<tr id=\"APIG.0301\">"), run.out());
    assertTrue(run.out().endsWith("</html>\n"), run.out());
  }

  @Test
  void eachCatalogHasItsOwnPage() {
    for (Catalog<?> catalog : Catalogs.installed().catalogs()) {
      String page = Cli.run("reference", catalog.id()).out();
      long rows = page.lines().filter(line -> line.startsWith("<tr id=")).count();
      assertEquals(catalog.entries().size(), rows, catalog.id());
    }
  }

  @Test
  void rejectsAnUnknownCatalogNamingTheKnownOnes() {
    Cli.Run run = Cli.run("reference", "nope");

    assertEquals(CatalogCli.USAGE, run.exitCode());
    assertEquals("", run.out());
    assertTrue(
        run.err().contains("no catalog 'nope'; the catalogs are ais-image, image-recognition-zh"),
        run.err());
    assertFalse(Cli.hasStackTrace(run.err()), run.err());
  }
}
