package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Fixtures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogLayoutTest {

  private static List<String> numbered(String prefix, int count) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      codes.add(prefix + i);
    }
    return codes;
  }

  private static CatalogLayout layout(List<String> codes) {
    return CatalogLayout.of(Fixtures.catalogOf(Fixtures.entries(codes)));
  }

  /**
   * The constants interfaces declare every entry once, in ordinal order, each up to its limit and
   * named by its number, and the catalog type implements them all.
   */
  private static void assertInterfacesDeclareEveryEntryInOrder(EntryFileLayout layout) {
    List<Entry> declared = new ArrayList<>();
    List<ClassName> interfaces = layout.constantsInterfaces();
    for (int number = 0; number < interfaces.size(); number++) {
      assertEquals(ClassName.get("test", "TestErrors_Constants" + number), interfaces.get(number));
      List<Entry> constants = layout.constantsOf(number);
      assertFalse(constants.isEmpty(), "empty interface " + number);
      assertTrue(
          constants.size() <= EntryFileLayout.CONSTANTS_PER_INTERFACE,
          interfaces.get(number) + ": " + constants.size());
      declared.addAll(constants);
    }
    assertEquals(layout.catalog().entries(), declared);
    for (int i = 0; i < declared.size(); i++) {
      assertEquals(i, declared.get(i).index(), "ordinal order");
    }
    assertEquals(List.<TypeName>copyOf(interfaces), layout.superinterfaces());
  }

  @Test
  void catalogOfMaximumClassSizeIsOneClass() {
    CatalogLayout layout = layout(numbered("AIS.", CatalogLayout.CONSTANTS_PER_CLASS));

    assertEquals(2_000, CatalogLayout.CONSTANTS_PER_CLASS);
    assertInstanceOf(OneClassLayout.class, layout);
    assertEquals(List.of(), layout.superinterfaces());
  }

  @Test
  void catalogOfOneMoreKeepsItsEntriesInAFile() {
    CatalogLayout layout = layout(numbered("AIS.", CatalogLayout.CONSTANTS_PER_CLASS + 1));

    EntryFileLayout large = assertInstanceOf(EntryFileLayout.class, layout);
    int perInterface = EntryFileLayout.CONSTANTS_PER_INTERFACE;
    assertEquals((2_001 + perInterface - 1) / perInterface, large.constantsInterfaces().size());
    assertInterfacesDeclareEveryEntryInOrder(large);
    List<GeneratedFile> files = large.companionFiles();
    assertEquals(1, files.size());
    GeneratedFile.ResourceFile file =
        assertInstanceOf(GeneratedFile.ResourceFile.class, files.get(0));
    assertEquals("test", file.packageName());
    assertEquals("TestErrors.entries", file.relativeName());
  }

  @Test
  void interfaceNamesDependOnTheNumberOfCodesOnly() {
    List<String> codes = numbered("AIS.", 4_500);
    List<String> others = numbered("OTHER.", 4_500);

    EntryFileLayout one = (EntryFileLayout) layout(codes);
    EntryFileLayout other = (EntryFileLayout) layout(others);
    assertEquals(one.constantsInterfaces(), other.constantsInterfaces());
    assertEquals(
        "AIS." + 3 * EntryFileLayout.CONSTANTS_PER_INTERFACE, one.constantsOf(3).get(0).code());
  }

  @Test
  void randomLargeCatalogsDeclareEveryEntry() {
    for (int size : new int[] {2_001, 4_500, 12_000}) {
      List<String> codes = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (String code : LookupPlanTest.randomCodes(new Random(size), size * 2)) {
        if (codes.size() < size && names.add(Fixtures.entry(0, code).constantName())) {
          codes.add(code);
        }
      }
      assertInterfacesDeclareEveryEntryInOrder(
          assertInstanceOf(EntryFileLayout.class, layout(codes)));
    }
  }
}
