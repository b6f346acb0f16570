package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProblemTest {

  private static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");

  /**
   * A hand-written entry whose texts are keyed by language tag ("" is the default locale) and fall
   * back from "zh-CN" to "zh" to "", as generated entries do through their bundles.
   */
  private record Entry(
      String code,
      OptionalInt httpStatus,
      Map<String, String> messages,
      Map<String, String> descriptions,
      Optional<URI> documentation)
      implements ErrorCode {

    @Override
    public String catalog() {
      return "tiny";
    }

    @Override
    public Optional<String> category() {
      return Optional.empty();
    }

    @Override
    public String message() {
      return messages.get("");
    }

    @Override
    public String message(Locale locale) {
      return text(messages, locale).orElseThrow();
    }

    @Override
    public Optional<String> description(Locale locale) {
      return text(descriptions, locale);
    }

    @Override
    public Optional<String> solution(Locale locale) {
      return Optional.empty();
    }

    private static Optional<String> text(Map<String, String> texts, Locale locale) {
      for (String tag : List.of(locale.toLanguageTag(), locale.getLanguage(), "")) {
        if (texts.containsKey(tag)) {
          return Optional.of(texts.get(tag));
        }
      }
      return Optional.empty();
    }
  }

  private static final Entry DOCUMENTED =
      new Entry(
          "AIS.0014",
          OptionalInt.of(400),
          Map.of("", "The JSON format of the input data is incorrect.", "zh-CN", "输入数据JSON格式错误。"),
          Map.of("", "The request body is not valid JSON.", "zh", "请求体不是合法的JSON。"),
          Optional.of(URI.create("https://support.example.com/ocr/errors#AIS.0014")));

  private static final Entry PLACEHOLDER =
      new Entry(
          "AIP.0005",
          OptionalInt.empty(),
          Map.of("", "The header %s is missing or empty.", "zh-CN", "header%s缺失或者为空。"),
          Map.of(),
          Optional.empty());

  @Test
  void documentedCodeGivesItsStatusPageMessageAndDescription() {
    Problem problem = DOCUMENTED.problem(Locale.ENGLISH);

    assertEquals(
        new Problem(
            URI.create("https://support.example.com/ocr/errors#AIS.0014"),
            "The JSON format of the input data is incorrect.",
            400,
            "The request body is not valid JSON.",
            Optional.empty(),
            "AIS.0014",
            "tiny"),
        problem);
  }

  @Test
  void codeWithoutStatusOrPageGets500AndAboutBlank() {
    Problem problem = PLACEHOLDER.problem(Locale.ENGLISH, "X-Auth-Token");

    assertEquals(500, problem.status());
    assertEquals(URI.create("about:blank"), problem.type());
  }

  @Test
  void argumentsFillTheDetailAndLeaveTheTitleATemplate() {
    Problem problem = PLACEHOLDER.problem(Locale.ENGLISH, "X-Auth-Token");

    assertEquals("The header %s is missing or empty.", problem.title());
    assertEquals("The header X-Auth-Token is missing or empty.", problem.detail());
  }

  @Test
  void withoutArgumentsOrDescriptionTheDetailIsTheMessage() {
    Problem problem = PLACEHOLDER.problem(Locale.ENGLISH);

    assertEquals("The header %s is missing or empty.", problem.detail());
  }

  @Test
  void chineseTextsForZhCn() {
    Problem problem = DOCUMENTED.problem(ZH_CN);

    assertEquals("输入数据JSON格式错误。", problem.title());
    assertEquals("请求体不是合法的JSON。", problem.detail()); // from "zh", through the fallback
    assertEquals("headerX-Auth-Token缺失或者为空。", PLACEHOLDER.problem(ZH_CN, "X-Auth-Token").detail());
  }

  @Test
  void untranslatedLocaleFallsBackToTheDefaultLocale() {
    Problem problem = DOCUMENTED.problem(Locale.FRENCH);

    assertEquals("The JSON format of the input data is incorrect.", problem.title());
    assertEquals("The request body is not valid JSON.", problem.detail());
  }

  @Test
  void argumentsThatDoNotFitThePlaceholdersAreRefused() {
    assertThrows(IllegalFormatException.class, () -> new CatalogException(DOCUMENTED_WITH_D, "x"));
  }

  private static final Entry DOCUMENTED_WITH_D =
      new Entry(
          "A.1",
          OptionalInt.of(429),
          Map.of("", "Retry in %d seconds."),
          Map.of(),
          Optional.empty());

  @Test
  void withInstanceSetsOnlyTheInstance() {
    Problem problem = DOCUMENTED.problem(Locale.ENGLISH);
    Problem located = problem.withInstance(URI.create("/ocr/general-text"));

    assertEquals(Optional.of(URI.create("/ocr/general-text")), located.instance());
    assertEquals(Optional.empty(), problem.instance());
    assertNotSame(problem, located);
    assertEquals(problem.detail(), located.detail());
  }

  @Test
  void statusOutsideHttpIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Problem(Problem.ABOUT_BLANK, "t", 99, "d", Optional.empty(), "A.1", "tiny"));
  }

  @Test
  void exceptionMessageIsTheDefaultLocaleTextFormattedWithItsArguments() {
    CatalogException e = new CatalogException(DOCUMENTED_WITH_D, 1500);

    assertEquals("Retry in 1500 seconds.", e.getMessage()); // Locale.ROOT: no grouping
    assertEquals(List.of(1500), e.args());
    assertEquals("Retry in 1500 seconds.", e.problem(Locale.GERMANY).detail());
  }

  @Test
  void exceptionWithoutArgumentsKeepsAPercentSignAsWritten() {
    Entry percent =
        new Entry(
            "A.2", OptionalInt.of(507), Map.of("", "Disk 100% full."), Map.of(), Optional.empty());

    assertEquals("Disk 100% full.", new CatalogException(percent).getMessage());
    assertEquals("Disk 100% full.", percent.problem(Locale.ENGLISH).detail());
  }

  @Test
  void exceptionKeepsItsCauseEntryAndProblem() {
    IllegalStateException cause = new IllegalStateException("parser");
    CatalogException e = new CatalogException(cause, PLACEHOLDER, "X-Auth-Token");

    assertEquals(cause, e.getCause());
    assertEquals(PLACEHOLDER, e.entry());
    assertEquals(PLACEHOLDER.problem(ZH_CN, "X-Auth-Token"), e.problem(ZH_CN));
  }
}
