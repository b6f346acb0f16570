package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Fixtures;
import dev.errorcatalog.runtime.CodeHash;
import dev.errorcatalog.runtime.CodeTable;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the processor packs, the runtime {@link CodeTable} reads back, for every code and miss. */
class CodeTableEncoderTest {

  /** A large catalog with codes of one hash ("Aa" and "BB" hash alike) among random ones. */
  private static PartsLayout layout() {
    Set<String> codes = new LinkedHashSet<>();
    for (String a : List.of("Aa", "BB")) {
      for (String b : List.of("Aa", "BB")) {
        codes.add("SAME." + a + b + "Aa");
      }
    }
    codes.addAll(LookupPlanTest.randomCodes(new Random(11), 9_000));
    return (PartsLayout)
        CatalogLayout.of(Fixtures.catalogOf(Fixtures.entries(new ArrayList<>(codes))));
  }

  /** A stand-in for a generated entry: the table reads only its code. */
  private static ErrorCode entryOf(String code) {
    return (ErrorCode)
        Proxy.newProxyInstance(
            ErrorCode.class.getClassLoader(),
            new Class<?>[] {ErrorCode.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "code", "toString" -> code;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** Each part's table, over stand-ins of its entries, and the stand-in of each entry. */
  private static Map<Integer, CodeTable> tables(
      PartsLayout layout, IdentityHashMap<Entry, ErrorCode> standIns) {
    LookupLayout lookup = layout.lookup();
    Map<Integer, CodeTable> tables = new HashMap<>();
    for (PartsLayout.Part part : layout.parts()) {
      IdentityHashMap<Entry, Integer> positions = new IdentityHashMap<>();
      ErrorCode[] entries = new ErrorCode[part.entries().size()];
      for (int i = 0; i < entries.length; i++) {
        Entry entry = part.entries().get(i);
        positions.put(entry, i);
        entries[i] = entryOf(entry.code());
        standIns.put(entry, entries[i]);
      }
      List<String> lines =
          CodeTableEncoder.encode(
              part.buckets(),
              part.number() << lookup.partShift(),
              lookup.partShift(),
              positions::get);
      lines.forEach(line -> assertTrue(line.length() <= CodeTableEncoder.CHARS_PER_LINE));
      tables.put(
          part.number(), new CodeTable(lookup.partShift(), entries, lines.toArray(String[]::new)));
    }
    return tables;
  }

  private static ErrorCode find(PartsLayout layout, Map<Integer, CodeTable> tables, String code) {
    int hash = code.hashCode();
    int bucket = CodeHash.bucket(hash, layout.lookup().plan().bucketBits());
    CodeTable table = tables.getOrDefault(bucket >>> layout.lookup().partShift(), CodeTable.NONE);
    return table.find(new String(code.toCharArray()), hash, bucket);
  }

  @Test
  void everyCodeFindsItsOwnEntryEvenAmongCodesOfOneHash() {
    PartsLayout layout = layout();
    IdentityHashMap<Entry, ErrorCode> standIns = new IdentityHashMap<>();
    Map<Integer, CodeTable> tables = tables(layout, standIns);

    assertEquals(layout.catalog().entries().size(), standIns.size(), "every entry in one part");
    for (Entry entry : layout.catalog().entries()) {
      assertEquals(standIns.get(entry), find(layout, tables, entry.code()), entry.code());
    }
    assertEquals("SAME.BBBBAa", find(layout, tables, "SAME.BBBBAa").code());
    assertNull(
        find(layout, tables, "SAME.AaAaBB"), "shares its hash with four codes, is none of them");
  }

  @Test
  void codesTheCatalogLacksFindNothing() {
    PartsLayout layout = layout();
    Map<Integer, CodeTable> tables = tables(layout, new IdentityHashMap<>());
    Set<String> codes = new HashSet<>();
    layout.catalog().entries().forEach(entry -> codes.add(entry.code()));

    int misses = 0;
    for (String code : LookupPlanTest.randomCodes(new Random(12), 20_000)) {
      if (!codes.contains(code)) {
        assertNull(find(layout, tables, code), code);
        misses++;
      }
    }
    assertTrue(misses > 10_000);
  }
}
