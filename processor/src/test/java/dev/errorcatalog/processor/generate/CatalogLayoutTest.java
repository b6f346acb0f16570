package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Fixtures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
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

  /** Each constant lands in exactly one holder, whose prefix starts its name. */
  private static void assertHoldersPartitionConstants(CatalogLayout layout) {
    List<Entry> entries = layout.catalog().entries();
    IdentityHashMap<Entry, CatalogLayout.Holder> holderOf = new IdentityHashMap<>();
    Set<ClassName> types = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    for (CatalogLayout.Holder holder : layout.holders()) {
      assertTrue(types.add(holder.type()), "two holders named " + holder.type());
      assertTrue(prefixes.add(holder.prefix()), "two holders with prefix " + holder.prefix());
      assertFalse(holder.entries().isEmpty(), "empty holder " + holder.type());
      assertTrue(
          holder.entries().size() <= CatalogLayout.CONSTANTS_PER_CLASS,
          holder.type() + " holds " + holder.entries().size());
      assertEquals(ClassName.get("test", "TestErrors_" + holder.prefix()), holder.type());
      int previousIndex = -1;
      for (Entry entry : holder.entries()) {
        assertTrue(
            entry.constantName().startsWith(holder.prefix()),
            entry.constantName() + " in " + holder.prefix());
        assertTrue(entry.index() > previousIndex, "holder entries in table order");
        previousIndex = entry.index();
        CatalogLayout.Holder earlier = holderOf.put(entry, holder);
        assertTrue(
            earlier == null,
            () -> entry.constantName() + " in " + earlier.type() + " and " + holder.type());
        assertEquals(holder.type(), layout.holders().get(layout.place(entry).holder()).type());
        assertEquals(entry, holder.entries().get(layout.place(entry).position()));
      }
    }
    assertEquals(entries.size(), holderOf.size(), "every constant has a holder");
  }

  @Test
  void catalogOfMaximumClassSizeIsNotSharded() {
    CatalogLayout layout = layout(numbered("AIS.", CatalogLayout.CONSTANTS_PER_CLASS));

    assertEquals(2_000, CatalogLayout.CONSTANTS_PER_CLASS);
    assertFalse(layout.isSharded());
    assertEquals(List.of(), layout.holders());
    Entry any = layout.catalog().entries().get(1_234);
    assertNull(layout.place(any), "a catalog of one class declares every constant itself");
  }

  @Test
  void catalogOfOneMoreIsSharded() {
    CatalogLayout layout = layout(numbered("AIS.", CatalogLayout.CONSTANTS_PER_CLASS + 1));

    assertTrue(layout.isSharded());
    assertTrue(layout.holders().size() >= 2);
    assertHoldersPartitionConstants(layout);
  }

  @Test
  void holdersAreInConstantNameOrder() {
    CatalogLayout layout = layout(numbered("AIS.", 7_000));

    List<String> prefixes = layout.holders().stream().map(CatalogLayout.Holder::prefix).toList();
    List<String> sorted = new ArrayList<>(prefixes);
    sorted.sort(null);
    assertEquals(sorted, prefixes);
    assertHoldersPartitionConstants(layout);
  }

  @Test
  void constantNameThatPrefixesOthersGetsExactlyOneHolder() {
    List<String> codes = new ArrayList<>();
    codes.add("X.1");
    codes.addAll(numbered("X.1", 3_000)); // X.10, X.11, ..., X.12999: all start with X_1
    codes.add("X.2");
    CatalogLayout layout = layout(codes);

    assertTrue(layout.isSharded());
    assertHoldersPartitionConstants(layout);
    Entry x1 = layout.catalog().entries().get(0);
    assertEquals("X_1", x1.constantName());
    List<CatalogLayout.Holder> holding =
        layout.holders().stream().filter(h -> h.entries().contains(x1)).toList();
    assertEquals(1, holding.size());
  }

  @Test
  void deeplyNestedPrefixesStillPartition() {
    List<String> codes = new ArrayList<>();
    // A.1, A.11, A.111, ... chains of prefixes, plus bulk under each.
    StringBuilder chain = new StringBuilder("A.");
    for (int depth = 0; depth < 6; depth++) {
      chain.append('1');
      codes.add(chain.toString());
    }
    codes.addAll(numbered("A.1111", 2_500));
    codes.addAll(numbered("B.", 2_500));
    Set<String> distinct = new LinkedHashSet<>(codes);
    CatalogLayout layout = layout(new ArrayList<>(distinct));

    assertHoldersPartitionConstants(layout);
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
      CatalogLayout layout = layout(codes);
      assertTrue(layout.isSharded());
      assertHoldersPartitionConstants(layout);
    }
  }
}
