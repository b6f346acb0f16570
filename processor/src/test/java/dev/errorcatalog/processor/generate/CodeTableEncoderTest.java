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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the processor packs, the runtime {@link CodeTable} reads back, for every code and miss. */
class CodeTableEncoderTest {

  /** A catalog with codes of one hash ("Aa" and "BB" hash alike) among random ones. */
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

  /** The table over stand-ins of the entries, and the stand-in of each entry. */
  private static CodeTable table(CatalogLayout layout, IdentityHashMap<Entry, ErrorCode> standIns) {
    List<Entry> all = layout.catalog().entries();
    ErrorCode[] entries = new ErrorCode[all.size()];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = entryOf(all.get(i).code());
      standIns.put(all.get(i), entries[i]);
    }
    int bucketBits = layout.plan().bucketBits();
    List<String> lines = CodeTableEncoder.encode(layout.plan().buckets(), bucketBits, Entry::index);
    lines.forEach(line -> assertTrue(line.length() <= CodeTableEncoder.CHARS_PER_LINE));
    return new CodeTable(bucketBits, entries, lines.toArray(String[]::new));
  }

  private static ErrorCode find(CatalogLayout layout, CodeTable table, String code) {
    int hash = code.hashCode();
    int bucket = CodeHash.bucket(hash, layout.plan().bucketBits());
    return table.find(new String(code.toCharArray()), hash, bucket);
  }

  @Test
  void everyCodeFindsItsOwnEntryEvenAmongCodesOfOneHash() {
    CatalogLayout layout = layout();
    IdentityHashMap<Entry, ErrorCode> standIns = new IdentityHashMap<>();
    CodeTable table = table(layout, standIns);

    for (Entry entry : layout.catalog().entries()) {
      assertEquals(standIns.get(entry), find(layout, table, entry.code()), entry.code());
    }
    assertEquals("SAME.BBBBAa", find(layout, table, "SAME.BBBBAa").code());
    assertNull(
        find(layout, table, "SAME.AaAaBB"), "shares its hash with four codes, is none of them");
  }

  @Test
  void codesTheCatalogLacksFindNothing() {
    CatalogLayout layout = layout();
    CodeTable table = table(layout, new IdentityHashMap<>());
    Set<String> codes = new HashSet<>();
    layout.catalog().entries().forEach(entry -> codes.add(entry.code()));

    int misses = 0;
    for (String code : LookupPlanTest.randomCodes(new Random(12), 20_000)) {
      if (!codes.contains(code)) {
        assertNull(find(layout, table, code), code);
        misses++;
      }
    }
    assertTrue(misses > 10_000);
  }
}
