package dev.errorcatalog.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.sample.huaweicloud.AisImageErrors;
import dev.errorcatalog.sample.huaweicloud.ImageRecognitionErrors;
import java.util.List;
import org.junit.jupiter.api.Test;

class HuaweiCloudCatalogsTest {

  @Test
  void namesEachCatalogByTheIdItsEntriesReport() {
    assertEquals(
        List.of("vas", "ais-image", "image-search", "ocr", "image-recognition-zh"),
        HuaweiCloudCatalogs.ids());
    for (HuaweiCloudCatalogs.Catalog catalog : HuaweiCloudCatalogs.all()) {
      assertTrue(
          catalog.entries().stream().allMatch(e -> e.catalog().equals(catalog.id())), catalog.id());
    }
    assertEquals(
        346,
        HuaweiCloudCatalogs.all().stream().mapToInt(catalog -> catalog.entries().size()).sum());
  }

  @Test
  void resolvesACodeToItsEntryInEveryCatalogThatDocumentsIt() {
    List<ErrorCode> entries = HuaweiCloudCatalogs.resolve("AIS.0014");

    assertEquals(2, entries.size());
    assertSame(AisImageErrors.AIS_0014, entries.get(0));
    assertSame(ImageRecognitionErrors.AIS_0014, entries.get(1));
  }

  @Test
  void resolvesNothingForAnUnknownOrMissingCode() {
    assertEquals(List.of(), HuaweiCloudCatalogs.resolve("AIS.9999"));
    assertEquals(List.of(), HuaweiCloudCatalogs.resolve("ais.0014"));
    assertEquals(List.of(), HuaweiCloudCatalogs.resolve(null));
  }

  @Test
  void findsACatalogById() {
    assertEquals("ocr", HuaweiCloudCatalogs.byId("ocr").orElseThrow().id());
    assertTrue(HuaweiCloudCatalogs.byId("OCR").isEmpty());
  }
}
