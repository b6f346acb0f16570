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
import java.util.IdentityHashMap;
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
   * Each entry is in exactly one part, the part of its bucket, in table order; each part's two
   * types are named by its number, and the catalog type implements every constants interface.
   */
  private static void assertPartsPartitionEntries(PartsLayout layout) {
    IdentityHashMap<Entry, PartsLayout.Part> partOf = new IdentityHashMap<>();
    Set<ClassName> types = new HashSet<>();
    LookupLayout lookup = layout.lookup();
    for (PartsLayout.Part part : layout.parts()) {
      assertEquals(ClassName.get("test", "TestErrors_Part" + part.number()), part.partClass());
      assertTrue(types.add(part.partClass()));
      assertFalse(part.entries().isEmpty(), "empty part " + part.number());
      assertTrue(part.entries().size() <= LookupLayout.CODES_PER_PART, "part " + part.number());
      int previousIndex = -1;
      for (Entry entry : part.entries()) {
        assertTrue(entry.index() > previousIndex, "part entries in table order");
        previousIndex = entry.index();
        int bucket = LookupPlan.bucketOf(entry.code().hashCode(), lookup.plan().bucketBits());
        assertEquals(part.number(), bucket >>> lookup.partShift(), entry.code());
        PartsLayout.Part earlier = partOf.put(entry, part);
        assertTrue(earlier == null, () -> entry.code() + " in two parts");
      }
    }
    assertEquals(layout.catalog().entries().size(), partOf.size(), "every entry has a part");
    // The constants interfaces declare the parts' constants, in order, each within its limit.
    List<PartsLayout.Part> declared = new ArrayList<>();
    List<TypeName> interfaces = new ArrayList<>();
    for (PartsLayout.Constants constants : layout.constantsInterfaces()) {
      assertEquals(
          ClassName.get("test", "TestErrors_Constants" + interfaces.size()), constants.type());
      interfaces.add(constants.type());
      declared.addAll(constants.parts());
      int count = constants.parts().stream().mapToInt(part -> part.entries().size()).sum();
      assertTrue(count <= PartsLayout.CONSTANTS_PER_INTERFACE, constants.type() + ": " + count);
    }
    assertEquals(layout.parts(), declared);
    assertEquals(interfaces, layout.superinterfaces());
  }

  @Test
  void catalogOfMaximumClassSizeIsOneClass() {
    CatalogLayout layout = layout(numbered("AIS.", CatalogLayout.CONSTANTS_PER_CLASS));

    assertEquals(2_000, CatalogLayout.CONSTANTS_PER_CLASS);
    assertInstanceOf(OneClassLayout.class, layout);
    assertEquals(List.of(), layout.superinterfaces());
  }

  @Test
  void catalogOfOneMoreIsLaidOutInParts() {
    CatalogLayout layout = layout(numbered("AIS.", CatalogLayout.CONSTANTS_PER_CLASS + 1));

    PartsLayout tables = assertInstanceOf(PartsLayout.class, layout);
    assertTrue(tables.parts().size() >= 2);
    assertPartsPartitionEntries(tables);
  }

  @Test
  void constantNamesThatPrefixOthersArePartitionedLikeAnyOther() {
    List<String> codes = new ArrayList<>();
    codes.add("X.1");
    codes.addAll(numbered("X.1", 3_000)); // X.10, X.11, ..., X.12999: all start with X_1
    codes.add("X.2");

    assertPartsPartitionEntries((PartsLayout) layout(codes));
  }

  @Test
  void constantsInterfacesHoldRunsOfPartsUpToTheirLimit() {
    PartsLayout layout = (PartsLayout) layout(numbered("AIS.", 40_000));

    assertPartsPartitionEntries(layout);
    assertTrue(layout.constantsInterfaces().size() <= layout.parts().size());
  }

  @Test
  void randomLargeCatalogsPartition() {
    for (int size : new int[] {2_001, 4_500, 12_000}) {
      List<String> codes = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (String code : LookupPlanTest.randomCodes(new Random(size), size * 2)) {
        if (codes.size() < size && names.add(Fixtures.entry(0, code).constantName())) {
          codes.add(code);
        }
      }
      assertPartsPartitionEntries(assertInstanceOf(PartsLayout.class, layout(codes)));
    }
  }
}
