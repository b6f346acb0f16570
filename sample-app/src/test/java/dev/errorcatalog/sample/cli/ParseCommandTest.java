package dev.errorcatalog.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParseCommandTest {

  private static final String AIS_0014 =
      "{\"error_code\": \"AIS.0014\", \"error_msg\": \"The JSON is broken at byte 12.\","
          + " \"request_id\": \"4a1b\"}";

  @TempDir Path dir;

  @Test
  void resolvesABodyFromAFileAndKeepsTheReceivedCodeAndMessage() throws IOException {
    Path body = Files.writeString(dir.resolve("error.json"), AIS_0014);

    Cli.Run run = Cli.run("parse", body.toString());

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.outLines();
    assertEquals("  error_code:  AIS.0014", lines.get(0));
    assertEquals("  error_msg:   The JSON is broken at byte 12.", lines.get(1));
    assertEquals("", lines.get(2));
    assertEquals(
        "AIS.0014 is documented in 2 catalogs: ais-image, image-recognition-zh", lines.get(3));
    assertTrue(lines.contains("AIS.0014 (catalog ais-image)"), run.out());
    assertTrue(
        lines.contains("  solution:    Check the JSON format of the input data."), run.out());
  }

  @Test
  void resolvesABodyFromStandardInputInChinese() {
    Cli.Run run = Cli.runWithInput(AIS_0014, "parse", "--locale", "zh-CN");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.outLines().contains("  description: 输入数据JSON格式错误。"), run.out());
    assertTrue(run.outLines().contains("  solution:    请检查输入数据的JSON格式。"), run.out());
    // The page without a translation falls back to English.
    assertTrue(
        run.outLines().contains("  solution:    Check the JSON format of the input data."),
        run.out());
  }

  @Test
  void readsStandardInputForADashAndOneCatalogWithTheCatalogOption() {
    Cli.Run run = Cli.runWithInput(AIS_0014, "parse", "-", "--catalog", "ais-image");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.outLines().contains("AIS.0014 (catalog ais-image)"), run.out());
    assertFalse(run.out().contains("image-recognition-zh"), run.out());
  }

  @Test
  void readsAUtf8BodyWithAByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] json =
        "{\"error_code\": \"AIP.0500\", \"error_msg\": \"服务内部错误\"}"
            .getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[bom.length + json.length];
    System.arraycopy(bom, 0, input, 0, bom.length);
    System.arraycopy(json, 0, input, bom.length, json.length);

    Cli.Run run = Cli.runWithInput(input, "parse");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("  error_msg:   服务内部错误", run.outLines().get(1));
    assertTrue(run.outLines().contains("  status:      500"), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-CN"})
  void keepsAndShowsTheRawCodeAndMessageOfAnUndocumentedCodeAndExits1(String locale) {
    Cli.Run run =
        Cli.runWithInput(
            "{\"error_code\": \"AIS.9999\", \"error_msg\": \"新的错误: quota \\\"x\\\" exceeded\"}",
            "parse",
            "--locale",
            locale);

    assertEquals(1, run.exitCode());
    assertEquals(
        List.of(
            "  error_code:  AIS.9999",
            "  error_msg:   新的错误: quota \"x\" exceeded",
            "",
            "AIS.9999: not documented in any catalog"),
        run.outLines());
    assertEquals("", run.err());
  }

  @Test
  void showsABodyWithoutAMessage() {
    Cli.Run run = Cli.runWithInput("{\"error_code\": \"VAS.0001\"}", "parse");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("  error_msg:   (none)", run.outLines().get(1));
    assertTrue(run.outLines().contains("VAS.0001 (catalog vas)"), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-CN"})
  void rejectsMalformedJsonWithOneLineAndExit2(String locale) {
    Cli.Run run =
        Cli.runWithInput(
            "{\"error_code\": \"AIS.0014\", \"error_msg\": }", "parse", "--locale", locale);

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(
        run.err()
            .startsWith(
                "errorcatalog-sample parse: malformed JSON at line 1, column 41: Unexpected character"),
        run.err());
    assertFalse(Cli.hasStackTrace(run.err()), run.err());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   \n",
        "{\"error_code\": \"AIS.0014\"",
        "{\"error_code\": \"AIS.0014\"} {}",
        "[\"AIS.0014\"]",
        "\"AIS.0014\"",
        "{\"code\": \"AIS.0014\", \"message\": \"m\"}",
        "{\"error_code\": null}",
        "{\"error_code\": {\"value\": \"AIS.0014\"}}",
        "{\"error_code\": \"AIS.0014\", \"error_msg\": [\"a\"]}"
      })
  void rejectsInputThatIsNotAnErrorResponseBodyWithOneLineAndExit2(String input) {
    Cli.Run run = Cli.runWithInput(input, "parse");

    assertEquals(2, run.exitCode(), run.out());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("errorcatalog-sample parse: "), run.err());
    assertFalse(Cli.hasStackTrace(run.err()), run.err());
  }

  @Test
  void rejectsAMissingFileWithExit2() {
    Cli.Run run = Cli.run("parse", dir.resolve("absent.json").toString());

    assertEquals(2, run.exitCode());
    assertEquals(
        List.of("errorcatalog-sample parse: no such file: " + dir.resolve("absent.json")),
        run.errLines());
  }

  @Test
  void rejectsADirectoryWithExit2() {
    Cli.Run run = Cli.run("parse", dir.toString());

    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("errorcatalog-sample parse: cannot read "), run.err());
  }
}
