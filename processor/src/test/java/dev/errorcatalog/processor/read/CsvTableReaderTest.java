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

class CsvTableReaderTest {

  private static final String PATH = "errorcatalog/test/vas.csv";
  private static final Culprit CULPRIT = Culprit.source(2);

  private static Outcome<RawTable> read(String text) {
    return read(text.getBytes(UTF_8));
  }

  private static Outcome<RawTable> read(byte[] bytes) {
    return new TableReader().read(new TableFile(PATH, "mem:" + PATH, bytes), CULPRIT);
  }

  private static RawTable table(String text) {
    Outcome<RawTable> outcome = read(text);
    assertTrue(outcome.value().isPresent(), () -> "not read: " + outcome.problems());
    assertEquals(List.of(), outcome.problems());
    return outcome.value().orElseThrow();
  }

  private static Problem onlyProblem(String text) {
    Outcome<RawTable> outcome = read(text);
    assertTrue(outcome.value().isEmpty(), "expected failure");
    assertEquals(1, outcome.problems().size(), () -> "problems: " + outcome.problems());
    Problem problem = outcome.problems().get(0);
    assertEquals(CULPRIT, problem.culprit());
    return problem;
  }

  private static SourcePosition at(int line, int column) {
    return new SourcePosition(PATH, line, column);
  }

  private static RawText textOf(RawEntry entry, TextField field, String tag) {
    return entry.texts().stream()
        .filter(t -> t.field() == field && java.util.Objects.equals(t.localeTag(), tag))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + field + "@" + tag + " in " + entry));
  }

  @Test
  void readsRowsWithLineAndColumnOfEveryValue() {
    RawTable table =
        table(
            """
            code,status,category,message,message@zh-CN
            AIS.0014,400,OCR,Bad image,\u56fe\u7247\u9519\u8bef
            AIS.0015,500,,Server,
            """);

    assertEquals("vas", table.catalogId());
    assertEquals(PATH, table.path());
    assertEquals(2, table.entries().size());
    RawEntry first = table.entries().get(0);
    assertEquals(at(2, 1), first.position());
    assertEquals(new RawValue("AIS.0014", at(2, 1)), first.code());
    assertEquals(new RawValue("400", at(2, 10)), first.status());
    assertEquals(new RawValue("OCR", at(2, 14)), first.category());
    assertEquals(
        new RawText(TextField.MESSAGE, null, "Bad image", at(2, 18)),
        textOf(first, TextField.MESSAGE, null));
    assertEquals(
        new RawText(TextField.MESSAGE, "zh-CN", "\u56fe\u7247\u9519\u8bef", at(2, 28)),
        textOf(first, TextField.MESSAGE, "zh-CN"));
    RawEntry second = table.entries().get(1);
    assertEquals(at(3, 1), second.position());
    assertEquals(new RawValue("500", at(3, 10)), second.status());
    assertNull(second.category(), "an empty category cell is absent");
    assertEquals(1, second.texts().size(), "an empty text cell is absent");
  }

  @Test
  void emptyStatusCellIsAbsent() {
    RawTable table = table("code,status,message\nA.1,,m\n");

    assertNull(table.entries().get(0).status());
    assertEquals("m", table.entries().get(0).texts().get(0).text());
  }

  @Test
  void toleratesByteOrderMark() {
    RawTable table = table("\uFEFFcode,message\nA.1,m\n");

    assertEquals("A.1", table.entries().get(0).code().text());
    assertEquals(at(2, 1), table.entries().get(0).position());
  }

  @Test
  @SuppressWarnings("StringConcatToTextBlock") // the \r\n line ends are the point; keep them seen
  void quotedMultiLineCellWithDoubledQuotesAndCrlfIsNormalizedToLf() {
    RawTable table =
        table(
            "code,message,description\r\n"
                + "A.1,\"Line one,\r\nline \"\"two\"\"\r\nline three\",d\r\n"
                + "A.2,m2,\"cr\ronly\"\r\n");

    RawEntry first = table.entries().get(0);
    assertEquals(
        "Line one,\nline \"two\"\nline three", textOf(first, TextField.MESSAGE, null).text());
    assertEquals(at(2, 5), textOf(first, TextField.MESSAGE, null).position());
    // The cell after the multi-line one is on the cell's last line.
    assertEquals(at(4, 13), textOf(first, TextField.DESCRIPTION, null).position());
    RawEntry second = table.entries().get(1);
    assertEquals(at(5, 1), second.position(), "rows after a multi-line cell keep their line");
    assertEquals("cr\nonly", textOf(second, TextField.DESCRIPTION, null).text());
  }

  @Test
  void skipsBlankLinesBetweenMetadataAndHeader() {
    RawTable table = table("# title: VAS\n\n\ncode,message\nA.1,m1\n");

    assertEquals(Optional.of("VAS"), table.title());
    assertEquals("A.1", table.entries().get(0).code().text());
    assertEquals(at(5, 1), table.entries().get(0).position());
  }

  @Test
  void readsMetadataLinesAndCountsThemInRowLines() {
    RawTable table =
        table(
            """
            # title: VAS error codes: video
            # source: https://example.com/vas
            # note: other codes: see the console
            code,message
            A.1,m1
            A.2,m2
            """);

    assertEquals(Optional.of("VAS error codes: video"), table.title());
    assertEquals(Optional.of("https://example.com/vas"), table.source());
    assertEquals(Optional.of("other codes: see the console"), table.note());
    assertEquals(at(5, 1), table.entries().get(0).position());
    assertEquals(at(6, 5), table.entries().get(1).texts().get(0).position());
  }

  @Test
  void metadataWithBomAndCrlfStillCountsLines() {
    RawTable table = table("\uFEFF# title: T\r\n# source: S\r\ncode,message\r\nA.1,m1\r\n");

    assertEquals(Optional.of("T"), table.title());
    assertEquals(Optional.of("S"), table.source());
    assertEquals(Optional.empty(), table.note());
    assertEquals(at(4, 1), table.entries().get(0).position());
  }

  @Test
  void errorPositionsAfterMetadataAccountForIt() {
    Problem problem = onlyProblem("# title: T\n# note: N\ncode,message\nA.1,m,extra\n");

    assertEquals(Message.CSV_ROW_TOO_LONG, problem.message());
    assertEquals(Optional.of(at(4, 7)), problem.position());
  }

  @Test
  void rejectsUnknownMetadataKeyWithItsLine() {
    Problem problem = onlyProblem("# title: T\n# author: me\ncode,message\nA.1,m\n");

    assertEquals(Message.CSV_METADATA_LINE, problem.message());
    assertEquals(Optional.of(SourcePosition.of(PATH, 2)), problem.position());
  }

  @Test
  void rejectsMetadataKeyGivenTwice() {
    Problem problem = onlyProblem("# title: T\n# title: U\ncode,message\nA.1,m\n");

    assertEquals(Message.CSV_METADATA_TWICE, problem.message());
    assertEquals(Optional.of(SourcePosition.of(PATH, 2)), problem.position());
    assertTrue(problem.text().contains("\"title\" is given twice"), problem.text());
  }

  @Test
  void rejectsDuplicatedHeaderColumnNamingBothPositions() {
    Problem problem = onlyProblem("code,message,status,message\nA.1,m,400,n\n");

    assertEquals(Message.CSV_COLUMN_TWICE, problem.message());
    assertEquals(Optional.of(at(1, 21)), problem.position());
    assertEquals(Optional.of(at(1, 6)), problem.related());
    assertTrue(problem.text().contains("\"message\" is named twice"), problem.text());
  }

  @Test
  void rejectsUnknownColumn() {
    Problem problem = onlyProblem("code,message,colour\nA.1,m,red\n");

    assertEquals(Message.CSV_UNKNOWN_COLUMN, problem.message());
    assertEquals(Optional.of(at(1, 14)), problem.position());
    assertTrue(problem.text().contains("unknown column \"colour\""), problem.text());
  }

  @Test
  void rejectsLocalizedPlainColumnAndEmptyTag() {
    Outcome<RawTable> outcome = read("code,message,status@en,message@\nA.1,m,400,x\n");

    assertTrue(outcome.value().isEmpty());
    assertEquals(
        List.of(Message.CSV_UNKNOWN_COLUMN, Message.CSV_UNKNOWN_COLUMN),
        outcome.problems().stream().map(Problem::message).toList());
  }

  @Test
  void rejectsHeaderWithoutCodeColumn() {
    Problem problem = onlyProblem("message,status\nm,400\n");

    assertEquals(Message.CSV_NO_CODE_COLUMN, problem.message());
    assertEquals(Optional.of(at(1, 1)), problem.position());
  }

  @Test
  void rejectsRowWithTooManyCellsAtTheFirstExtraCell() {
    Problem problem = onlyProblem("code,message\nA.1,m\nA.2,Hello, world\n");

    assertEquals(Message.CSV_ROW_TOO_LONG, problem.message());
    assertEquals(Optional.of(at(3, 11)), problem.position());
    assertTrue(
        problem.text().contains("has 3 cells but the header names 2 columns"), problem.text());
  }

  @Test
  void acceptsRowWithFewerCellsThanColumns() {
    RawTable table = table("code,message,status\nA.1,m\n");

    assertNull(table.entries().get(0).status());
  }

  @Test
  void rejectsUnclosedQuoteAsMalformedCsvWithALine() {
    Problem problem = onlyProblem("code,message\nA.1,m\nA.2,\"unclosed\nstill inside\n");

    assertEquals(Message.MALFORMED_CSV_ROW, problem.message());
    int line = problem.position().orElseThrow().line();
    assertTrue(line >= 3, "line " + line + " is before the opening quote");
    assertEquals(Optional.of(at(3, 1)), problem.related());
  }

  @Test
  void skipsBlankRows() {
    RawTable table = table("code,message\n\nA.1,m\n,\n\nA.2,n\n");

    assertEquals(
        List.of("A.1", "A.2"), table.entries().stream().map(e -> e.code().text()).toList());
    assertEquals(at(3, 1), table.entries().get(0).position());
    assertEquals(at(6, 1), table.entries().get(1).position());
  }

  @Test
  void headerOnlyTableIsEmpty() {
    Problem problem = onlyProblem("code,message\n");

    assertEquals(Message.TABLE_EMPTY, problem.message());
    assertEquals(Optional.of(SourcePosition.of(PATH)), problem.position());
  }

  @Test
  void keepsCommasQuotesAndSpacesInsideQuotedCells() {
    RawTable table = table("code,message\nA.1,\" a, \"\"b\"\" \"\n");

    assertEquals(" a, \"b\" ", table.entries().get(0).texts().get(0).text());
  }

  @Test
  void keepsBackslashesLiterally() {
    RawTable table = table("code,message\nA.1,C:\\path\\u002a\n");

    assertEquals("C:\\path\\u002a", table.entries().get(0).texts().get(0).text());
  }
}
