package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Fixtures;
import dev.errorcatalog.runtime.CodeTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the processor packs, the runtime {@link CodeTable} reads back, for every code and miss. */
class CodeTableEncoderTest {

  /** A large catalog with codes of one hash ("Aa" and "BB" hash alike) among random ones. */
  private static CatalogLayout layout() {
    Set<String> codes = new LinkedHashSet<>();
    for (String a : List.of("Aa", "BB")) {
      for (String b : List.of("Aa", "BB")) {
        codes.add("SAME." + a + b + "Aa");
      }
    }
    codes.addAll(LookupPlanTest.randomCodes(new Random(11), 9_000));
    return CatalogLayout.of(Fixtures.catalogOf(Fixtures.entries(new ArrayList<>(codes))));
  }

  private static Map<Integer, CodeTable> tables(CatalogLayout layout) {
    LookupLayout lookup = layout.lookup();
    Map<Integer, CodeTable> tables = new HashMap<>();
    lookup
        .parts()
        .forEach(
            (part, groups) -> {
              List<LookupPlan.Bucket> buckets = new ArrayList<>();
              groups.forEach(group -> buckets.addAll(group.buckets()));
              List<String> lines =
                  CodeTableEncoder.encode(
                      buckets, part << lookup.partShift(), lookup.partShift(), layout::place);
              lines.forEach(line -> assertTrue(line.length() <= CodeTableEncoder.CHARS_PER_LINE));
              tables.put(part, new CodeTable(lookup.partShift(), lines.toArray(String[]::new)));
            });
    return tables;
  }

  /** The places the tables give for {@code code}, in candidate order. */
  private static List<CatalogLayout.Place> candidates(
      CatalogLayout layout, Map<Integer, CodeTable> tables, String code) {
    int hash = code.hashCode();
    int bucket = LookupPlan.bucketOf(hash, layout.lookup().plan().bucketBits());
    CodeTable table = tables.get(bucket >>> layout.lookup().partShift());
    List<CatalogLayout.Place> places = new ArrayList<>();
    if (table != null) {
      for (int slot = table.first(hash, bucket); slot >= 0; slot = table.next(slot)) {
        places.add(new CatalogLayout.Place(table.holder(slot), table.position(slot)));
      }
    }
    return places;
  }

  @Test
  void everyCodeLeadsToItsOwnPlaceAmongItsHashsCandidates() {
    CatalogLayout layout = layout();
    assertTrue(layout.isSharded());
    Map<Integer, CodeTable> tables = tables(layout);

    for (Entry entry : layout.catalog().entries()) {
      List<CatalogLayout.Place> places = candidates(layout, tables, entry.code());
      assertTrue(places.contains(layout.place(entry)), entry.code() + ": " + places);
      // Every candidate is a code of the same hash.
      for (CatalogLayout.Place place : places) {
        Entry candidate = layout.holders().get(place.holder()).entries().get(place.position());
        assertEquals(entry.code().hashCode(), candidate.code().hashCode());
      }
    }
    assertEquals(4, candidates(layout, tables, "SAME.AaAaAa").size());
  }

  @Test
  void codesOfNoHashInTheCatalogHaveNoCandidate() {
    CatalogLayout layout = layout();
    Map<Integer, CodeTable> tables = tables(layout);
    Set<Integer> hashes = new HashSet<>();
    layout.catalog().entries().forEach(entry -> hashes.add(entry.code().hashCode()));

    int misses = 0;
    for (String code : LookupPlanTest.randomCodes(new Random(12), 20_000)) {
      if (!hashes.contains(code.hashCode())) {
        assertEquals(List.of(), candidates(layout, tables, code), code);
        misses++;
      }
    }
    assertTrue(misses > 10_000);
  }
}
