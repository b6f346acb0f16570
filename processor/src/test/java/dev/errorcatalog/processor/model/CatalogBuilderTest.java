package dev.errorcatalog.processor.model;

import static dev.errorcatalog.processor.model.Fixtures.message;
import static dev.errorcatalog.processor.model.Fixtures.row;
import static dev.errorcatalog.processor.model.Fixtures.simpleRow;
import static dev.errorcatalog.processor.model.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Outcome;
import dev.errorcatalog.processor.diagnostic.Problem;
import dev.errorcatalog.processor.diagnostic.SourcePosition;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogBuilderTest {

  private static final String T = "errorcatalog/test/t.json";

  private static Problem onlyProblem(Outcome<?> outcome) {
    assertEquals(1, outcome.problems().size(), () -> "problems: " + outcome.problems());
    return outcome.problems().get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"99", "600", "4e2", "400.0", "abc", "-400", " 400", "0400", "1000"})
  void rejectsStatusThatIsNotAnHttpStatusNamingTableAndLine(String status) {
    Outcome<Catalog> outcome =
        Fixtures.build(
            Locale.ENGLISH,
            table(
                T,
                simpleRow(T, 2, "AIS.0001", "fine"),
                row(T, 7, "AIS.0002", status, message(T, 7, null, "bad status"))));

    assertTrue(outcome.value().isEmpty());
    Problem problem = onlyProblem(outcome);
    assertEquals(Message.INVALID_STATUS, problem.message());
    assertTrue(problem.isError());
    assertEquals(Optional.of(new SourcePosition(T, 7, 10)), problem.position());
    assertTrue(problem.text().contains("\"" + status + "\""), problem.text());
    assertTrue(problem.text().contains("AIS.0002"), problem.text());
    assertEquals(Culprit.source(0), problem.culprit());
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 200, 404, 599})
  void acceptsStatusFrom100To599(int status) {
    Catalog catalog =
        Fixtures.catalog(
            Locale.ENGLISH,
            table(T, row(T, 2, "AIS.0001", Integer.toString(status), message(T, 2, null, "m"))));

    assertEquals(OptionalInt.of(status), catalog.entries().get(0).status());
  }

  @Test
  void absentStatusStaysAbsent() {
    Catalog catalog = Fixtures.catalog(Locale.ENGLISH, table(T, simpleRow(T, 2, "A.1", "m")));

    assertEquals(OptionalInt.empty(), catalog.entries().get(0).status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh_CN", "not a tag", "", "und", "x", "en-", "123"})
  void rejectsInvalidLocaleTagOfATextWithItsPosition(String tag) {
    Outcome<Catalog> outcome =
        Fixtures.build(
            Locale.ENGLISH,
            table(
                T, row(T, 4, "AIS.0001", null, message(T, 4, null, "m"), message(T, 5, tag, "x"))));

    assertTrue(outcome.value().isEmpty());
    Problem problem = onlyProblem(outcome);
    assertEquals(Message.INVALID_LOCALE, problem.message());
    assertEquals(Optional.of(new SourcePosition(T, 5, 20)), problem.position());
    assertTrue(problem.text().contains("\"" + tag + "\""), problem.text());
  }

  @Test
  void reportsTheSameTextGivenTwiceForOneLocale() {
    Outcome<Catalog> outcome =
        Fixtures.build(
            Locale.ENGLISH,
            table(
                T, row(T, 2, "A.1", null, message(T, 2, null, "m"), message(T, 3, "en", "again"))));

    Problem problem = onlyProblem(outcome);
    assertEquals(Message.DUPLICATE_TEXT, problem.message());
    assertEquals(Optional.of(new SourcePosition(T, 3, 20)), problem.position());
    assertEquals(Optional.of(new SourcePosition(T, 2, 20)), problem.related());
  }

  @Test
  void ordersLocalesDefaultFirstThenByLanguageTag() {
    Catalog catalog =
        Fixtures.catalog(
            Locale.forLanguageTag("zh-CN"),
            table(
                T,
                row(
                    T,
                    2,
                    "A.1",
                    null,
                    message(T, 2, null, "z"),
                    message(T, 2, "fr", "f"),
                    message(T, 2, "de", "d"))));

    assertEquals(
        List.of(Locale.forLanguageTag("zh-CN"), Locale.GERMAN, Locale.FRENCH), catalog.locales());
  }

  @Test
  void reportsRowWithoutCodeAtRowPosition() {
    Outcome<Catalog> outcome =
        Fixtures.build(Locale.ENGLISH, table(T, row(T, 9, null, null, message(T, 9, null, "m"))));

    Problem problem = onlyProblem(outcome);
    assertEquals(Message.MISSING_CODE, problem.message());
    assertEquals(Optional.of(new SourcePosition(T, 9, 1)), problem.position());
  }

  @Test
  void reportsMalformedCodeAndKeepsCheckingOtherRows() {
    Outcome<Catalog> outcome =
        Fixtures.build(
            Locale.ENGLISH,
            table(
                T,
                simpleRow(T, 2, "AIS..1", "m"),
                simpleRow(T, 3, "A B", "m"),
                row(T, 4, "OK.1", "700", message(T, 4, null, "m"))));

    assertEquals(
        List.of(Message.INVALID_CODE, Message.INVALID_CODE, Message.INVALID_STATUS),
        outcome.problems().stream().map(Problem::message).toList());
    assertEquals(Optional.of(new SourcePosition(T, 2, 1)), outcome.problems().get(0).position());
    assertEquals(Optional.of(new SourcePosition(T, 3, 1)), outcome.problems().get(1).position());
  }

  @Test
  void indexesEntriesAcrossTablesInOrderAndCountsPerTable() {
    String other = "errorcatalog/test/other.csv";
    Catalog catalog =
        Fixtures.catalog(
            Locale.ENGLISH,
            table(T, simpleRow(T, 2, "A.1", "m"), simpleRow(T, 3, "A.2", "m")),
            table(other, simpleRow(other, 2, "B.1", "m")));

    assertEquals(
        List.of("A.1", "A.2", "B.1"), catalog.entries().stream().map(Entry::code).toList());
    assertEquals(List.of(0, 1, 2), catalog.entries().stream().map(Entry::index).toList());
    assertEquals("other", catalog.entries().get(2).catalogId());
    assertEquals(List.of(2, 1), catalog.tables().stream().map(CatalogTable::size).toList());
  }
}
