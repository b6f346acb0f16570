package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.processor.diagnostic.SourcePosition;
import dev.errorcatalog.processor.model.CodeSyntax;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Fixtures;
import dev.errorcatalog.processor.model.LocalizedText;
import dev.errorcatalog.processor.model.Translation;
import dev.errorcatalog.processor.read.TextField;
import dev.errorcatalog.runtime.EntryFields;
import dev.errorcatalog.runtime.EntryFile;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What {@link EntryFileWriter} writes, the runtime's {@link EntryFile} reads back. */
class EntryFileTest {

  /** An entry as the generated constructor would get it, from the fields in their order. */
  record ReadEntry(
      int ordinal, String code, String catalog, int status, String group, String message)
      implements ErrorCode {

    @Override
    public OptionalInt httpStatus() {
      return status == -1 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    @Override
    public Optional<String> category() {
      return Optional.ofNullable(group);
    }

    @Override
    public String message(Locale locale) {
      return message;
    }

    @Override
    public Optional<String> description(Locale locale) {
      return Optional.empty();
    }

    @Override
    public Optional<String> solution(Locale locale) {
      return Optional.empty();
    }
  }

  /** An entries file read as the generated nested class reads it. */
  static final class ReadFile extends EntryFile<ReadEntry> {
    int created;

    ReadFile(byte[] bytes, int count, int fingerprint) {
      super(
          bytes == null ? null : new ByteArrayInputStream(bytes), "T.entries", count, fingerprint);
    }

    @Override
    protected ReadEntry create(EntryFields fields) {
      created++;
      return new ReadEntry(
          fields.nextInt(),
          fields.next(),
          fields.next(),
          fields.nextInt(),
          fields.next(),
          fields.next());
    }
  }

  private static Entry entry(int index, String code, int status, String category, String message) {
    SourcePosition position = SourcePosition.of("t.json", index + 1);
    return new Entry(
        index,
        code,
        CodeSyntax.constantName(code),
        "t",
        status < 0 ? OptionalInt.empty() : OptionalInt.of(status),
        Optional.ofNullable(category),
        Map.of(
            TextField.MESSAGE,
            new LocalizedText(List.of(new Translation(Locale.ENGLISH, message, position)))),
        position,
        Optional.empty(),
        Optional.empty());
  }

  /** Codes of one hash ("Aa" and "BB" hash alike), random ones, and texts of every kind. */
  private static List<Entry> entries() {
    Set<String> codes = new LinkedHashSet<>();
    for (String a : List.of("Aa", "BB")) {
      for (String b : List.of("Aa", "BB")) {
        codes.add("SAME." + a + b + "Aa");
      }
    }
    codes.addAll(LookupPlanTest.randomCodes(new Random(21), 5_000));
    List<String> messages =
        List.of(
            "plain",
            "\u4e3a\u7a7a %s",
            "lone \ud800 high",
            "lone \udc00 low",
            "pair \ud83d\ude00 emoji",
            "nul \u0000 and \uffff",
            "");
    List<Entry> entries = new ArrayList<>();
    for (String code : codes) {
      int i = entries.size();
      entries.add(
          entry(
              i,
              code,
              i % 3 == 0 ? -1 : 400 + i % 100,
              i % 5 == 0 ? "category " + i % 7 : null,
              messages.get(i % messages.size()) + " " + code));
    }
    return entries;
  }

  private static ReadFile read(EntryFileWriter.EntriesFile file, int count) {
    return new ReadFile(file.bytes(), count, file.fingerprint());
  }

  @Test
  void everyEntryReadsBackWithEveryFieldAndText() {
    List<Entry> entries = entries();
    EntryFileLayout layout = (EntryFileLayout) CatalogLayout.of(Fixtures.catalogOf(entries));
    EntryFileWriter.EntriesFile written = EntryFileWriter.write(layout.catalog(), layout.plan());
    ReadFile file = read(written, entries.size());

    for (Entry entry : entries) {
      ReadEntry read = file.find(new String(entry.code().toCharArray()));
      assertEquals(
          new ReadEntry(
              entry.index(),
              entry.code(),
              "t",
              entry.status().orElse(-1),
              entry.category().orElse(null),
              entry.message().textIn(Locale.ENGLISH).orElseThrow()),
          read,
          entry.code());
      assertSame(read, file.entry(entry.index()), "one instance per entry");
    }
    assertEquals(entries.size(), file.created);
    assertSame(file.entry(0).catalog(), file.entry(1).catalog(), "a shared text is one string");
    assertSame(file.entry(0).group(), file.entry(35).group());
  }

  @Test
  void createsEntriesOnlyWhenAskedAndAllInOrdinalOrder() {
    List<Entry> entries = entries();
    EntryFileLayout layout = (EntryFileLayout) CatalogLayout.of(Fixtures.catalogOf(entries));
    ReadFile file = read(EntryFileWriter.write(layout.catalog(), layout.plan()), entries.size());

    assertEquals(0, file.created);
    ReadEntry one = file.entry(17);
    assertEquals(1, file.created);
    List<ReadEntry> all = file.all();
    assertEquals(entries.size(), file.created);
    assertSame(one, all.get(17));
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i, all.get(i).ordinal());
    }
  }

  @Test
  void codesTheCatalogLacksFindNothing() {
    List<Entry> entries = entries();
    EntryFileLayout layout = (EntryFileLayout) CatalogLayout.of(Fixtures.catalogOf(entries));
    ReadFile file = read(EntryFileWriter.write(layout.catalog(), layout.plan()), entries.size());
    Set<String> codes = new HashSet<>();
    entries.forEach(entry -> codes.add(entry.code()));

    int misses = 0;
    for (String code : LookupPlanTest.randomCodes(new Random(22), 20_000)) {
      if (!codes.contains(code)) {
        assertNull(file.find(code), code);
        misses++;
      }
    }
    assertNull(file.find("SAME.AaAaBB"), "shares its hash with four codes, is none of them");
    assertTrue(misses > 10_000);
  }

  @Test
  void aKeyOfHashZeroFindsNoEmptySlotButItsOwnCode() {
    // Hash 0 picks bucket 0 and, whatever the bucket's multiplier, its first slot.
    List<Entry> entries = entries();
    EntryFileLayout layout = (EntryFileLayout) CatalogLayout.of(Fixtures.catalogOf(entries));
    assertTrue(
        layout.plan().buckets().stream()
            .noneMatch(
                bucket ->
                    bucket.number() == 0
                        && bucket.slots().stream().anyMatch(slot -> slot.value() == 0)),
        "the slot of hash 0 is empty and carries hash 0");
    ReadFile file = read(EntryFileWriter.write(layout.catalog(), layout.plan()), entries.size());
    assertNull(file.find(""));

    String zero = "f5a5a608";
    assertEquals(0, zero.hashCode());
    List<Entry> withZero = new ArrayList<>(entries);
    withZero.add(entry(withZero.size(), zero, 404, null, "hash 0"));
    EntryFileLayout zeroLayout = (EntryFileLayout) CatalogLayout.of(Fixtures.catalogOf(withZero));
    ReadFile zeroFile =
        read(EntryFileWriter.write(zeroLayout.catalog(), zeroLayout.plan()), withZero.size());
    assertEquals("hash 0", zeroFile.find(new String(zero.toCharArray())).message());
    assertNull(zeroFile.find(""), "same hash, other code");
  }

  @Test
  void sameCodesGiveByteIdenticalFiles() {
    // Two catalogs built apart, so that the plan is made twice too.
    EntryFileLayout layout = (EntryFileLayout) CatalogLayout.of(Fixtures.catalogOf(entries()));
    EntryFileLayout again = (EntryFileLayout) CatalogLayout.of(Fixtures.catalogOf(entries()));
    EntryFileWriter.EntriesFile one = EntryFileWriter.write(layout.catalog(), layout.plan());
    EntryFileWriter.EntriesFile two = EntryFileWriter.write(again.catalog(), again.plan());

    assertTrue(Arrays.equals(one.bytes(), two.bytes()));
    assertEquals(one.fingerprint(), two.fingerprint());
  }

  @Test
  void refusesAFileFromAnotherBuildOrCutShort() {
    List<Entry> entries = entries();
    EntryFileLayout layout = (EntryFileLayout) CatalogLayout.of(Fixtures.catalogOf(entries));
    EntryFileWriter.EntriesFile file = EntryFileWriter.write(layout.catalog(), layout.plan());
    String stale = "T.entries is not the entries file its catalog class was compiled with";

    IllegalStateException otherBuild =
        assertThrows(
            IllegalStateException.class,
            () -> new ReadFile(file.bytes(), entries.size(), file.fingerprint() + 1));
    assertTrue(otherBuild.getMessage().startsWith(stale), otherBuild.getMessage());
    IllegalStateException otherCount =
        assertThrows(
            IllegalStateException.class,
            () -> new ReadFile(file.bytes(), entries.size() + 1, file.fingerprint()));
    assertTrue(otherCount.getMessage().startsWith(stale), otherCount.getMessage());
    byte[] hugeSlotCount = file.bytes().clone();
    ByteBuffer.wrap(hugeSlotCount).putInt(12, Integer.MAX_VALUE);
    IllegalStateException damaged =
        assertThrows(
            IllegalStateException.class,
            () -> new ReadFile(hugeSlotCount, entries.size(), file.fingerprint()));
    assertTrue(damaged.getMessage().startsWith(stale), damaged.getMessage());
    byte[] cut = Arrays.copyOf(file.bytes(), file.bytes().length - 1);
    IllegalStateException cutShort =
        assertThrows(
            IllegalStateException.class,
            () -> new ReadFile(cut, entries.size(), file.fingerprint()));
    assertTrue(cutShort.getMessage().startsWith(stale), cutShort.getMessage());
  }

  @Test
  void namesTheMissingFileAndWhatToKeep() {
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> new ReadFile(null, 1, 0));

    assertEquals(
        "T.entries is missing next to its catalog class: keep the *.entries files that Error"
            + " Catalog generates when packaging or shrinking the application",
        missing.getMessage());
  }
}
