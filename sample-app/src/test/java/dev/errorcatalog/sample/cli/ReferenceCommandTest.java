package dev.errorcatalog.sample.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.sample.HuaweiCloudCatalogs;
import org.junit.jupiter.api.Test;

class ReferenceCommandTest {

  @Test
  void writesTheCatalogsGeneratedPageUnchanged() {
    Cli.Run run = Cli.run("reference", "ocr");

    assertEquals(0, run.exitCode(), run.err());
    assertArrayEquals(
        HuaweiCloudCatalogs.byId("ocr").orElseThrow().referencePage(), run.outBytes());
    assertTrue(run.out().startsWith("<!DOCTYPE html>\n"), run.out());
    assertTrue(run.out().contains("<tr id=\"APIG.0301\">"), run.out());
    assertTrue(run.out().endsWith("</html>\n"), run.out());
  }

  @Test
  void eachCatalogHasItsOwnPage() {
    for (String id : HuaweiCloudCatalogs.ids()) {
      String page = Cli.run("reference", id).out();
      long rows = page.lines().filter(line -> line.startsWith("<tr id=")).count();
      assertEquals(HuaweiCloudCatalogs.byId(id).orElseThrow().entries().size(), rows, id);
    }
  }

  @Test
  void rejectsAnUnknownCatalogNamingTheKnownOnes() {
    Cli.Run run = Cli.run("reference", "nope");

    assertEquals(CatalogCli.USAGE, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("no catalog 'nope'; the catalogs are vas, ais-image"), run.err());
    assertFalse(Cli.hasStackTrace(run.err()), run.err());
  }
}
