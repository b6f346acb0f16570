package dev.errorcatalog.catalogdata.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverridesTest {

  private static final PageTable TABLE =
      new PageTable(
          List.of(
              new PageRow(
                  "VAS.2038",
                  400,
                  null,
                  Map.of("en", "Task is not under service.Updated on 2022-08-08 GMT+08:00"),
                  Map.of(),
                  Map.of())),
          null);

  private static Overrides.Correction footer(String printed) {
    return new Overrides.Correction(
        "vas",
        "VAS.2038",
        Field.MESSAGE,
        "en",
        printed,
        "Task is not under service.",
        "page footer glued to the last cell");
  }

  @Test
  void anOverrideReplacesExactlyThePrintedText() {
    Overrides overrides =
        new Overrides(List.of(footer("Task is not under service.Updated on 2022-08-08 GMT+08:00")));
    PageTable fixed = overrides.apply("vas", TABLE);
    assertEquals("Task is not under service.", fixed.rows().get(0).message().get("en"));
    overrides.checkAllUsed();
  }

  @Test
  void anOverrideWhosePrintedTextDiffersStopsTheImport() {
    Overrides overrides = new Overrides(List.of(footer("Task is not under service.")));
    assertThrows(IllegalStateException.class, () -> overrides.apply("vas", TABLE));
  }

  @Test
  void anOverrideMatchingNoEntryStopsTheImport() {
    Overrides overrides = new Overrides(List.of(footer("whatever")));
    overrides.apply("ocr", TABLE);
    assertThrows(IllegalStateException.class, overrides::checkAllUsed);
  }
}
