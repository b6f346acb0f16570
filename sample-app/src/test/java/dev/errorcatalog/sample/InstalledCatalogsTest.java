package dev.errorcatalog.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.Catalogs;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.sample.huaweicloud.AisImageErrors;
import dev.errorcatalog.sample.huaweicloud.ImageRecognitionErrors;
import dev.errorcatalog.sample.huaweicloud.OcrErrors;
import dev.errorcatalog.sample.sdk.ServiceErrors;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The app's own catalogs, as the processor registered them for {@link Catalogs#installed()}. */
class InstalledCatalogsTest {

  private final Catalogs installed = Catalogs.installed();

  @Test
  void findsTheFiveGeneratedCatalogsOrderedById() {
    assertEquals(
        List.of("ais-image", "image-recognition-zh", "image-search", "ocr", "vas"),
        installed.catalogs().stream().map(Catalog::id).toList());
    assertEquals(346, installed.catalogs().stream().mapToInt(c -> c.entries().size()).sum());
    for (Catalog<?> catalog : installed.catalogs()) {
      assertTrue(
          catalog.entries().stream().allMatch(e -> e.catalog().equals(catalog.id())), catalog.id());
    }
    assertEquals(OcrErrors.CATALOG, installed.byId("ocr").orElseThrow());
  }

  @Test
  void resolvesACodeInEveryCatalogThatDocumentsIt() {
    List<ErrorCode> entries = installed.resolve("AIS.0014");

    assertEquals(2, entries.size());
    assertSame(AisImageErrors.AIS_0014, entries.get(0));
    assertSame(ImageRecognitionErrors.AIS_0014, entries.get(1));
    assertEquals(List.of(), installed.resolve("ais.0014"));
  }

  @Test
  void describesEachCatalogByItsTable() {
    Catalog<?> zh = installed.byId("image-recognition-zh").orElseThrow();

    assertEquals(Locale.ENGLISH, zh.defaultLocale());
    assertEquals(
        List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-CN")), List.copyOf(zh.locales()));
    assertTrue(zh.title().isPresent());
  }

  @Test
  void retriesAThrottledCallAndAnInternalErrorOnly() {
    assertTrue(ServiceErrors.isWorthRetrying(error(400, "APIG.0308")));
    assertTrue(ServiceErrors.isWorthRetrying(error(500, "AIP.0500")));
    assertFalse(ServiceErrors.isWorthRetrying(error(400, "AIS.0014")));
    assertFalse(ServiceErrors.isWorthRetrying(error(400, null)));
  }

  private static ServiceResponseException error(int status, String code) {
    return new ServiceResponseException(status, code, "message", "request-1");
  }
}
