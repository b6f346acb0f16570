package dev.errorcatalog.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListCommandTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-CN"})
  void listsEveryCodeOfEveryCatalogAsAnAlignedTable(String locale) {
    Cli.Run run = Cli.run("list", "--locale", locale);

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.outLines();
    assertEquals(1 + 346, lines.size());
    String header = lines.get(0);
    assertEquals("CATALOG               CODE            STATUS  MESSAGE", header);
    int code = header.indexOf("CODE");
    int status = header.indexOf("STATUS");
    int message = header.indexOf("MESSAGE");
    for (String line : lines) {
      for (int column : new int[] {code, status, message}) {
        assertEquals(' ', line.charAt(column - 1), line);
        assertTrue(line.charAt(column) != ' ', line);
      }
      assertFalse(line.endsWith(" "), line);
    }
    assertTrue(
        lines.contains(
            "image-recognition-zh  AIP.0500        500     Failed to complete the request because of"
                + " an internal service error."),
        run.out());
  }

  @Test
  void listsTheSameMessagesInChineseBecauseThePagesTranslateNoMessage() {
    assertEquals(Cli.run("list").out(), Cli.run("list", "--locale", "zh-CN").out());
  }

  @Test
  void listsOneCatalogWithNarrowerColumns() {
    Cli.Run run = Cli.run("list", "--catalog", "ocr");

    assertEquals(0, run.exitCode());
    List<String> lines = run.outLines();
    assertEquals(1 + 37, lines.size());
    assertEquals("CATALOG  CODE            STATUS  MESSAGE", lines.get(0));
    assertEquals("ocr      AIS.0101        -       The input parameter is invalid.", lines.get(1));
    assertTrue(lines.stream().skip(1).allMatch(line -> line.startsWith("ocr ")), run.out());
  }

  @Test
  void cutsAMultiLineMessageToItsFirstLine() {
    Cli.Run run = Cli.run("list", "--catalog", "ais-image");

    assertTrue(
        run.outLines()
            .contains(
                "ais-image  APIG.0301       400     1. Incorrect IAM"
                    + " authentication information: Failed to decrypt the token. Check whether the entered"
                    + " token is complete."
                    + ListCommand.MORE),
        run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-CN"})
  void rejectsAnUnknownCatalogWithExit2(String locale) {
    Cli.Run run = Cli.run("list", "--catalog", "ocr2", "--locale", locale);

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(
        run.errLines()
            .get(0)
            .endsWith(
                "no catalog 'ocr2'; the catalogs are ais-image,"
                    + " image-recognition-zh, image-search, ocr, vas"),
        run.err());
  }

  @Test
  void rejectsAnIllFormedLocaleWithExit2() {
    Cli.Run run = Cli.run("list", "--locale", "zh_CN");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("'zh_CN' is not a well-formed BCP 47 language tag"), run.err());
    assertFalse(Cli.hasStackTrace(run.err()), run.err());
  }
}
