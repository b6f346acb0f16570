package dev.errorcatalog.processor.validate;

import static dev.errorcatalog.processor.model.Fixtures.message;
import static dev.errorcatalog.processor.model.Fixtures.row;
import static dev.errorcatalog.processor.model.Fixtures.simpleRow;
import static dev.errorcatalog.processor.model.Fixtures.table;
import static dev.errorcatalog.processor.model.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Problem;
import dev.errorcatalog.processor.diagnostic.SourcePosition;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Fixtures;
import dev.errorcatalog.processor.read.RawTable;
import dev.errorcatalog.processor.read.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

class CatalogValidatorTest {

  private static final String T = "errorcatalog/test/ocr.json";
  private static final String U = "errorcatalog/test/vas.csv";
  private static final Map<String, Culprit> CULPRITS =
      Map.of(T, Culprit.source(0), U, Culprit.source(1));

  private static List<Problem> validate(MissingTranslationPolicy policy, RawTable... tables) {
    Catalog catalog = Fixtures.catalog(Locale.ENGLISH, tables);
    return new CatalogValidator(policy).validate(catalog, CULPRITS::get);
  }

  private static List<Problem> validate(RawTable... tables) {
    return validate(MissingTranslationPolicy.WARN, tables);
  }

  private static Problem only(List<Problem> problems) {
    assertEquals(1, problems.size(), () -> "problems: " + problems);
    return problems.get(0);
  }

  private static void assertAt(Problem problem, String table, int line, int column) {
    assertEquals(
        Optional.of(new SourcePosition(table, line, column)), problem.position(), problem::text);
  }

  private static void assertRelated(Problem problem, String table, int line, int column) {
    assertEquals(
        Optional.of(new SourcePosition(table, line, column)), problem.related(), problem::text);
  }

  private static void assertMentions(Problem problem, String... parts) {
    for (String part : parts) {
      assertTrue(
          problem.text().contains(part), () -> "expected \"" + part + "\" in: " + problem.text());
    }
  }

  @Test
  void acceptsCleanCatalog() {
    assertEquals(
        List.of(),
        validate(
            table(
                T,
                row(
                    T,
                    2,
                    "AIS.0014",
                    "400",
                    message(T, 2, null, "Bad %s"),
                    message(T, 2, "zh-CN", "坏 %s")),
                row(
                    T,
                    3,
                    "AIS.0015",
                    null,
                    message(T, 3, null, "Other"),
                    message(T, 3, "zh-CN", "其他")))));
  }

  @Test
  void rejectsDuplicateCodeWithBothLines() {
    Problem problem =
        only(
            validate(
                table(
                    T,
                    simpleRow(T, 2, "AIS.0014", "first"),
                    simpleRow(T, 3, "AIS.0015", "between"),
                    simpleRow(T, 5, "AIS.0014", "second"))));

    assertEquals(Message.DUPLICATE_CODE, problem.message());
    assertEquals(Diagnostic.Kind.ERROR, problem.kind());
    assertAt(problem, T, 5, 1);
    assertRelated(problem, T, 2, 1);
    assertMentions(problem, "AIS.0014");
    assertTrue(
        problem.text().startsWith("[ErrorCatalog:duplicate-code] " + T + ":5:1"), problem.text());
  }

  @Test
  void rejectsDuplicateCodeAcrossTablesOnTheSecondTablesCulprit() {
    Problem problem =
        only(
            validate(
                table(T, simpleRow(T, 2, "AIS.0014", "first")),
                table(U, simpleRow(U, 7, "AIS.0014", "second"))));

    assertEquals(Message.DUPLICATE_CODE, problem.message());
    assertEquals(Culprit.source(1), problem.culprit());
    assertAt(problem, U, 7, 1);
    assertRelated(problem, T, 2, 1);
  }

  @Test
  void rejectsCodesThatBecomeTheSameConstant() {
    Problem problem =
        only(
            validate(
                table(T, simpleRow(T, 2, "AIS.0014", "dot"), simpleRow(T, 4, "AIS-0014", "dash"))));

    assertEquals(Message.CONSTANT_NAME_CLASH, problem.message());
    assertTrue(problem.isError());
    assertAt(problem, T, 4, 1);
    assertRelated(problem, T, 2, 1);
    assertMentions(problem, "AIS.0014", "AIS-0014", "AIS_0014");
  }

  @Test
  void rejectsACodeWhoseConstantIsTheCatalogFieldButNotOneThatOnlyResemblesIt() {
    Problem problem =
        only(
            validate(
                table(
                    T,
                    simpleRow(T, 2, "Catalog", "clashes"),
                    simpleRow(T, 3, "CATALOG.1", "free"),
                    simpleRow(T, 4, "CODES", "free: no field is named so"))));

    assertEquals(Message.MEMBER_CLASH, problem.message());
    assertEquals(Culprit.source(0), problem.culprit());
    assertMentions(problem, T + ":2:1", "code Catalog", "constant CATALOG", "field CATALOG");
  }

  @Test
  void rejectsCodeWithoutMessageInDefaultLocale() {
    List<Problem> problems =
        validate(
            MissingTranslationPolicy.IGNORE,
            table(T, row(T, 6, "AIS.0014", null, message(T, 6, "zh-CN", "只有中文"))));

    Problem problem = only(problems);
    assertEquals(Message.MISSING_MESSAGE, problem.message());
    assertTrue(problem.isError());
    assertAt(problem, T, 6, 1);
    assertMentions(problem, "AIS.0014", " en");
  }

  @Test
  void rejectsBlankDefaultMessage() {
    Problem problem = only(validate(table(T, simpleRow(T, 3, "AIS.0014", " \t "))));

    assertEquals(Message.MISSING_MESSAGE, problem.message());
    assertAt(problem, T, 3, 1);
  }

  @Test
  void rejectsPlaceholderConversionMismatchBetweenTranslations() {
    Problem problem =
        only(
            validate(
                table(
                    T,
                    row(
                        T,
                        2,
                        "AIS.0014",
                        null,
                        message(T, 2, null, "Image %s is too large"),
                        message(T, 3, "zh-CN", "图片 %d 太大")))));

    assertEquals(Message.PLACEHOLDER_MISMATCH, problem.message());
    assertTrue(problem.isError());
    assertAt(problem, T, 3, 20);
    assertMentions(problem, "AIS.0014", "%1$s", "%1$d", "zh-CN");
  }

  @Test
  void rejectsPlaceholderCountMismatchBetweenTranslations() {
    Problem problem =
        only(
            validate(
                table(
                    T,
                    row(
                        T,
                        2,
                        "AIS.0014",
                        null,
                        message(T, 2, null, "%s of %s failed"),
                        message(T, 4, "zh-CN", "%s 失败")))));

    assertEquals(Message.PLACEHOLDER_MISMATCH, problem.message());
    assertAt(problem, T, 4, 20);
    assertMentions(problem, "%1$s %2$s but", "zh-CN has %1$s;");
  }

  @Test
  void rejectsPlaceholderMismatchInDescriptionToo() {
    Problem problem =
        only(
            validate(
                table(
                    T,
                    row(
                        T,
                        2,
                        "AIS.0014",
                        null,
                        message(T, 2, null, "m"),
                        message(T, 2, "zh-CN", "m"),
                        text(T, 3, TextField.DESCRIPTION, null, "see %s"),
                        text(T, 4, TextField.DESCRIPTION, "zh-CN", "见")))));

    assertEquals(Message.PLACEHOLDER_MISMATCH, problem.message());
    assertAt(problem, T, 4, 20);
    assertMentions(problem, "description", "none");
  }

  @Test
  void acceptsSamePlaceholdersWithDifferentTextAndEscapes() {
    assertEquals(
        List.of(),
        validate(
            table(
                T,
                row(
                    T,
                    2,
                    "AIS.0014",
                    null,
                    message(T, 2, null, "%s: 100%% of %d%n"),
                    message(T, 3, "zh-CN", "%s：%d 的 100%%")))));
  }

  @Test
  void acceptsEquivalentRelativeAndExplicitIndexes() {
    // "%2$s %<s" reads argument 2 twice, exactly as "%2$s %2$s" does (java.util.Formatter).
    assertEquals(
        List.of(),
        validate(
            table(
                T,
                row(
                    T,
                    2,
                    "AIS.0014",
                    null,
                    message(T, 2, null, "%1$s %2$s %<s"),
                    message(T, 3, "zh-CN", "%1$s %2$s %2$s")))));
  }

  @Test
  void missingTranslationIsAWarningByDefault() {
    MissingTranslationPolicy byDefault = MissingTranslationPolicy.parse(null).orElseThrow();
    List<Problem> problems =
        validate(
            byDefault,
            table(
                T,
                row(T, 2, "AIS.0014", null, message(T, 2, null, "m"), message(T, 2, "zh-CN", "中")),
                simpleRow(T, 8, "AIS.0015", "English only")));

    Problem problem = only(problems);
    assertEquals(Message.MISSING_TRANSLATION, problem.message());
    assertEquals(Diagnostic.Kind.WARNING, problem.kind());
    assertTrue(!problem.isError());
    assertAt(problem, T, 8, 1);
    assertMentions(problem, "AIS.0015", "zh-CN", "message");
  }

  @Test
  void missingTranslationIsAnErrorWithErrorPolicy() {
    Problem problem =
        only(
            validate(
                MissingTranslationPolicy.ERROR,
                table(
                    T,
                    row(
                        T,
                        2,
                        "AIS.0014",
                        null,
                        message(T, 2, null, "m"),
                        message(T, 2, "zh-CN", "中")),
                    simpleRow(T, 8, "AIS.0015", "English only"))));

    assertEquals(Message.MISSING_TRANSLATION, problem.message());
    assertEquals(Diagnostic.Kind.ERROR, problem.kind());
    assertTrue(problem.isError());
    assertAt(problem, T, 8, 1);
  }

  @Test
  void missingTranslationIsNotReportedWithIgnorePolicy() {
    assertEquals(
        List.of(),
        validate(
            MissingTranslationPolicy.IGNORE,
            table(
                T,
                row(T, 2, "AIS.0014", null, message(T, 2, null, "m"), message(T, 2, "zh-CN", "中")),
                simpleRow(T, 8, "AIS.0015", "English only"))));
  }

  @Test
  void missingTranslationIsOneProblemPerCodeAndLocaleNamingEveryField() {
    List<Problem> problems =
        validate(
            table(
                T,
                row(
                    T,
                    2,
                    "AIS.0014",
                    null,
                    message(T, 2, null, "m"),
                    message(T, 2, "zh-CN", "中"),
                    text(T, 2, TextField.SOLUTION, "zh-CN", "解")),
                row(
                    T,
                    3,
                    "AIS.0015",
                    null,
                    message(T, 3, null, "m"),
                    text(T, 3, TextField.DESCRIPTION, null, "d"),
                    text(T, 3, TextField.SOLUTION, null, "s"))));

    assertEquals(2, problems.size(), () -> "problems: " + problems);
    // AIS.0014 has a zh-CN solution but no English one: the default locale shows nothing.
    assertEquals(Message.MISSING_DEFAULT_TRANSLATION, problems.get(0).message());
    assertAt(problems.get(0), T, 2, 1);
    assertMentions(problems.get(0), "AIS.0014 has no solution in en", "nothing");
    // AIS.0015 lacks all three texts in zh-CN: one problem naming them all.
    assertEquals(Message.MISSING_TRANSLATION, problems.get(1).message());
    assertAt(problems.get(1), T, 3, 1);
    assertMentions(
        problems.get(1), "AIS.0015 has no message, description, solution in zh-CN", "the en text");
  }

  @Test
  void acceptsTextOfExactlyMaxLength() {
    String longest = "x".repeat(CatalogValidator.MAX_TEXT_LENGTH);
    assertEquals(List.of(), validate(table(T, simpleRow(T, 2, "AIS.0014", longest))));
  }

  @Test
  void rejectsTextLongerThanMaxLength() {
    String tooLong = "\u4e2d".repeat(CatalogValidator.MAX_TEXT_LENGTH + 1);
    Problem problem =
        only(
            validate(
                table(
                    T,
                    row(
                        T,
                        2,
                        "AIS.0014",
                        null,
                        message(T, 2, null, "short"),
                        text(T, 9, TextField.SOLUTION, null, tooLong)))));

    assertEquals(Message.TEXT_TOO_LONG, problem.message());
    assertTrue(problem.isError());
    assertAt(problem, T, 9, 20);
    assertMentions(
        problem,
        "AIS.0014",
        "solution",
        Integer.toString(CatalogValidator.MAX_TEXT_LENGTH + 1),
        Integer.toString(CatalogValidator.MAX_TEXT_LENGTH));
  }

  @Test
  void rejectsCodeThatIsAnotherCodesDescriptionKey() {
    Problem problem =
        only(
            validate(
                table(
                    T,
                    simpleRow(T, 2, "AIS.0014", "m"),
                    simpleRow(T, 3, "AIS.0014.description", "m"))));

    assertEquals(Message.BUNDLE_KEY_CLASH, problem.message());
    assertAt(problem, T, 3, 1);
    assertRelated(problem, T, 2, 1);
    assertMentions(problem, "AIS.0014.description");
  }

  @Test
  void reportsEveryProblemInTableOrder() {
    List<Problem> problems =
        validate(
            MissingTranslationPolicy.IGNORE,
            table(
                T,
                simpleRow(T, 2, "A.1", "m"),
                simpleRow(T, 3, "A.1", "m"),
                simpleRow(T, 4, "A-2", "m"),
                simpleRow(T, 5, "A.2", "m"),
                row(T, 6, "A.3", null, message(T, 6, "zh-CN", "x"))));

    assertEquals(
        List.of(Message.DUPLICATE_CODE, Message.CONSTANT_NAME_CLASH, Message.MISSING_MESSAGE),
        problems.stream().map(Problem::message).toList());
  }
}
