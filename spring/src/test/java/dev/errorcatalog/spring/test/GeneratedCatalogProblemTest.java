package dev.errorcatalog.spring.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.Problem;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code problem(...)} on catalogs the processor generated, from a test table and a real page's.
 */
class GeneratedCatalogProblemTest {

  private static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");

  @Test
  void realPageCodeInChineseKeepsTheEnglishMessageThePageGivesOnly() {
    // Page 004 gives messages in English only and descriptions in Chinese only.
    Problem problem = ImageRecognitionErrors.AIS_0014.problem(ZH_CN);

    assertEquals(
        new Problem(
            URI.create("about:blank"),
            "The JSON format of the input data is incorrect.",
            400,
            "输入数据JSON格式错误。",
            Optional.empty(),
            "AIS.0014",
            "image-recognition-zh"),
        problem);
  }

  @Test
  void typeIsTheDocumentationLinkTheTablesTemplateGives() {
    // shop.json gives "docs": "https://shop.example.com/errors/{code}".
    URI page = URI.create("https://shop.example.com/errors/SHOP.0429");

    assertEquals(Optional.of(page), ShopErrors.SHOP_0429.documentation());
    assertEquals(page, ShopErrors.SHOP_0429.problem(Locale.ENGLISH).type());
    assertEquals(page, ShopErrors.SHOP_0429.problem(ZH_CN).type());
  }

  @Test
  void statuslessCodeIs500AndFallsBackFromFrench() {
    Problem problem = ShopErrors.SHOP_0500.problem(Locale.FRANCE);

    assertEquals(500, problem.status());
    assertEquals("The inventory could not be read.", problem.title());
    assertEquals("The inventory could not be read.", problem.detail());
  }

  @Test
  void exceptionMessageIsInTheDefaultLocaleWhateverTheJvmLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(ZH_CN);
    try {
      assertEquals(
          "The order 42 does not exist.",
          new CatalogException(ShopErrors.SHOP_0404, 42).getMessage());
    } finally {
      Locale.setDefault(before);
    }
  }
}
