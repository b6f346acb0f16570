package dev.errorcatalog.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogsCommandTest {

  @Test
  void listsEveryInstalledCatalogWithItsCodesLocalesAndTitle() {
    Cli.Run run = Cli.run("catalogs");

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.outLines();
    assertEquals(6, lines.size(), run.out());
    assertEquals(List.of("ID", "CODES", "LOCALES", "TITLE"), cells(lines.get(0)));
    List<String> ids = lines.subList(1, 6).stream().map(line -> cells(line).get(0)).toList();
    assertEquals(List.of("ais-image", "image-recognition-zh", "image-search", "ocr", "vas"), ids);
    int codes =
        lines.subList(1, 6).stream().mapToInt(line -> Integer.parseInt(cells(line).get(1))).sum();
    assertEquals(346, codes);
    String zh = lines.get(2);
    assertEquals("en,zh-CN", cells(zh).get(2), zh);
    // Columns are aligned: every title starts where the header's does.
    int title = lines.get(0).indexOf("TITLE");
    for (String line : lines.subList(1, 6)) {
      assertEquals(' ', line.charAt(title - 1), line);
      assertNotEquals(' ', line.charAt(title), line);
    }
  }

  @Test
  void isNamedAmongTheCommandsOfAnUnknownOne() {
    Cli.Run run = Cli.run("catalog");

    assertEquals(2, run.exitCode());
    assertEquals(
        "errorcatalog-sample: unknown command 'catalog'; the commands are explain, parse, list,"
            + " catalogs and reference",
        run.errLines().get(0));
  }

  /** The blank-separated cells of a line; a title's words are cells of their own. */
  private static List<String> cells(String line) {
    return List.of(line.split("\\s+", -1));
  }
}
