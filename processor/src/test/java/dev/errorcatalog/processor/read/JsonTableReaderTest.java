package dev.errorcatalog.processor.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Outcome;
import dev.errorcatalog.processor.diagnostic.Problem;
import dev.errorcatalog.processor.diagnostic.SourcePosition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTableReaderTest {

  private static final String PATH = "errorcatalog/test/ocr.json";
  private static final Culprit CULPRIT = Culprit.source(1);

  private static Outcome<RawTable> read(String text) {
    return new TableReader()
        .read(new TableFile(PATH, "mem:" + PATH, text.getBytes(UTF_8)), CULPRIT);
  }

  private static RawTable table(String text) {
    Outcome<RawTable> outcome = read(text);
    assertTrue(outcome.value().isPresent(), () -> "not read: " + outcome.problems());
    assertEquals(List.of(), outcome.problems());
    return outcome.value().orElseThrow();
  }

  private static Problem firstError(String text) {
    Outcome<RawTable> outcome = read(text);
    assertTrue(outcome.value().isEmpty(), "expected failure");
    assertTrue(outcome.hasErrors());
    Problem problem = outcome.problems().get(0);
    assertEquals(CULPRIT, problem.culprit());
    return problem;
  }

  private static SourcePosition at(int line, int column) {
    return new SourcePosition(PATH, line, column);
  }

  /** The 1-based column of the first {@code token} in {@code line}. */
  private static int col(String line, String token) {
    int index = line.indexOf(token);
    assertTrue(index >= 0, token);
    return index + 1;
  }

  /** Values stand where their value starts; a text stands at its key ("message" or the tag). */
  @Test
  void readsRowsWithLineAndColumnOfEveryValue() {
    String line4 = "    {\"code\": \"AIS.0101\", \"status\": 400, \"category\": \"OCR\",";
    String line5 =
        "     \"message\": {\"en\": \"Bad\", \"zh-CN\": \"\u574f\"}, \"solution\": \"Retry\"},";
    String line6 = "    {\"code\": \"AIS.0102\", \"message\": \"Plain\"}";
    RawTable table =
        table(
            "{\n"
                + "  \"catalog\": \"ocr\", \"title\": \"OCR\", \"source\": \"https://x\", \"note\": \"n\",\n"
                + "  \"codes\": [\n"
                + line4
                + "\n"
                + line5
                + "\n"
                + line6
                + "\n"
                + "  ]\n"
                + "}\n");

    assertEquals("ocr", table.catalogId());
    assertEquals(Optional.of("OCR"), table.title());
    assertEquals(Optional.of("https://x"), table.source());
    assertEquals(Optional.of("n"), table.note());
    RawEntry first = table.entries().get(0);
    assertEquals(at(4, 5), first.position());
    assertEquals(new RawValue("AIS.0101", at(4, col(line4, "\"AIS"))), first.code());
    assertEquals(new RawValue("400", at(4, col(line4, "400"))), first.status());
    assertEquals(new RawValue("OCR", at(4, col(line4, "\"OCR"))), first.category());
    assertEquals(
        List.of(
            new RawText(TextField.MESSAGE, "en", "Bad", at(5, col(line5, "\"en\""))),
            new RawText(TextField.MESSAGE, "zh-CN", "\u574f", at(5, col(line5, "\"zh-CN"))),
            new RawText(TextField.SOLUTION, null, "Retry", at(5, col(line5, "\"solution")))),
        first.texts());
    RawEntry second = table.entries().get(1);
    assertEquals(at(6, 5), second.position());
    assertNull(second.status());
    assertEquals(
        List.of(new RawText(TextField.MESSAGE, null, "Plain", at(6, col(line6, "\"message")))),
        second.texts());
  }

  @Test
  void catalogIdDefaultsToFileBaseName() {
    assertEquals("ocr", table("{\"codes\": [{\"code\": \"A\", \"message\": \"m\"}]}").catalogId());
  }

  @Test
  void keepsNumberSpellingOfStatus() {
    RawTable table =
        table(
            "{\"codes\": [{\"code\": \"A\", \"status\": 4e2},"
                + " {\"code\": \"B\", \"status\": 400.0}, {\"code\": \"C\", \"status\": null}]}");

    assertEquals("4e2", table.entries().get(0).status().text());
    assertEquals("400.0", table.entries().get(1).status().text());
    assertNull(table.entries().get(2).status());
  }

  @Test
  void rejectsStatusGivenAsString() {
    Problem problem = firstError("{\"codes\": [\n{\"code\": \"A\", \"status\": \"400\"}]}");

    assertEquals(Message.JSON_STATUS_NOT_NUMBER, problem.message());
    assertEquals(Optional.of(at(2, 25)), problem.position());
    assertTrue(problem.text().contains("not a string"), problem.text());
  }

  @Test
  void rejectsTrailingCommaAsMalformedJsonWithLine() {
    Problem problem = firstError("{\"codes\": [\n  {\"code\": \"A\"},\n]}");

    assertEquals(Message.MALFORMED_JSON, problem.message());
    assertEquals(Optional.of(at(3, 1)), problem.position());
  }

  @Test
  void rejectsRootThatIsNotAnObject() {
    Problem problem = firstError("[{\"code\": \"A\"}]");

    assertEquals(Message.JSON_ROOT_NOT_OBJECT, problem.message());
    assertEquals(Optional.of(at(1, 1)), problem.position());
    assertTrue(problem.text().contains("not an array"), problem.text());
  }

  @Test
  void rejectsCodesThatIsNotAnArray() {
    Problem problem = firstError("{\n\"codes\": {\"code\": \"A\"}}");

    assertEquals(Message.JSON_CODES_NOT_ARRAY, problem.message());
    assertEquals(Optional.of(at(2, 10)), problem.position());
    assertTrue(problem.text().contains("not an object"), problem.text());
  }

  @Test
  void rejectsRootWithoutCodes() {
    Problem problem = firstError("{\"title\": \"t\"}");

    assertEquals(Message.JSON_NO_CODES, problem.message());
    assertEquals(Optional.of(SourcePosition.of(PATH)), problem.position());
  }

  @Test
  void rejectsUnknownFieldOfARow() {
    Problem problem = firstError("{\"codes\": [\n {\"code\": \"A\", \"mesage\": \"typo\"}]}");

    assertEquals(Message.JSON_UNKNOWN_FIELD, problem.message());
    assertEquals(Optional.of(at(2, 16)), problem.position());
    assertTrue(problem.text().contains("unknown field \"mesage\""), problem.text());
  }

  @Test
  void rejectsUnknownRootField() {
    Problem problem = firstError("{\"codez\": [], \"codes\": [{\"code\": \"A\"}]}");

    assertEquals(Message.JSON_UNKNOWN_FIELD, problem.message());
    assertEquals(Optional.of(at(1, 2)), problem.position());
    assertTrue(problem.text().contains("unknown field \"codez\""), problem.text());
  }

  @Test
  void rejectsDuplicateFieldInARow() {
    Problem problem = firstError("{\"codes\": [{\"code\": \"A\", \"code\": \"B\"}]}");

    assertEquals(Message.MALFORMED_JSON, problem.message());
    assertTrue(problem.text().contains("Duplicate field 'code'"), problem.text());
  }

  @Test
  void rejectsNonStringText() {
    Problem problem = firstError("{\"codes\": [{\"code\": \"A\", \"message\": {\"en\": 5}}]}");

    assertEquals(Message.JSON_TRANSLATION_NOT_STRING, problem.message());
    assertTrue(problem.text().contains("\"message\".en must be a string"), problem.text());
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String deep = "[".repeat(10_000);
    Outcome<RawTable> rootArray = read(deep);
    assertTrue(rootArray.value().isEmpty());
    assertEquals(Message.JSON_ROOT_NOT_OBJECT, rootArray.problems().get(0).message());
    for (String text :
        List.of(
            "{\"codes\": " + deep,
            "{\"codes\": [" + deep,
            "{\"other\": " + deep,
            "{\"codes\": [{\"code\": \"A\", \"message\": " + deep,
            "{\"codes\": [{\"code\": \"A\", \"x\": " + "{\"a\": ".repeat(10_000))) {
      Outcome<RawTable> outcome = read(text);
      assertTrue(outcome.value().isEmpty(), text.substring(0, 30));
      assertTrue(
          outcome.problems().stream()
              .anyMatch(
                  p ->
                      p.message() == Message.JSON_TOO_DEEP
                          && p.text()
                              .contains("nests deeper than " + JsonTableReader.MAX_NESTING_DEPTH)
                          && p.position().orElseThrow().line() == 1),
          () -> outcome.problems().toString());
    }
  }

  @Test
  void nestingWithinTheLimitIsRead() {
    RawTable table = table("{\"codes\": [{\"code\": \"A\", \"message\": {\"en\": \"m\"}}]}");

    assertEquals(1, table.entries().size());
  }

  @Test
  void emptyCodesArrayIsAnEmptyTable() {
    Outcome<RawTable> outcome = read("{\"codes\": []}");

    assertTrue(outcome.value().isEmpty());
    assertEquals(
        List.of(Message.TABLE_EMPTY), outcome.problems().stream().map(Problem::message).toList());
    assertEquals(Optional.of(SourcePosition.of(PATH)), outcome.problems().get(0).position());
  }

  @Test
  void keepsEscapedTextExactly() {
    RawTable table =
        table(
            "{\"codes\": [{\"code\": \"A\","
                + " \"message\": \"tab\\t nl\\n \\\\u002a \\u2028 \\ud83d\\ude00 \\\" %s {0} '\"}]}");

    assertEquals(
        "tab\t nl\n \\u002a \u2028 \ud83d\ude00 \" %s {0} '",
        table.entries().get(0).texts().get(0).text());
  }
}
