package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.errorcatalog.processor.model.Entry;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Packs one part's buckets into the data of a {@code dev.errorcatalog.runtime.CodeTable}, whose
 * Javadoc describes the format: Base64 text, cut into lines for the source file.
 */
final class CodeTableEncoder {

  /** Base64 characters per literal: with indentation and quotes, a line stays within 100. */
  static final int CHARS_PER_LINE = 84;

  /** No entry, or no next slot: {@code CodeTable.EMPTY}. */
  private static final int EMPTY = 0xffff;

  private static final int MAX_SLOTS = 0xffff;

  private CodeTableEncoder() {}

  /** One slot's record. */
  private record Slot(int hash, int entry, int next) {
    static final Slot EMPTY_SLOT = new Slot(0, EMPTY, EMPTY);
  }

  /**
   * The data of a table over the {@code 2^bucketBits} buckets from {@code firstBucket}, as literal
   * lines.
   *
   * @param entryIndex the index of an entry in the part's entries
   */
  static List<String> encode(
      List<LookupPlan.Bucket> buckets,
      int firstBucket,
      int bucketBits,
      ToIntFunction<Entry> entryIndex) {
    long[] records = new long[1 << bucketBits]; // empty buckets: slot 0, seed 0, tableBits 0
    List<Slot> slots = new ArrayList<>();
    slots.add(Slot.EMPTY_SLOT); // where every empty bucket points
    List<LookupPlan.Slot> shared = new ArrayList<>();
    List<Integer> sharedAt = new ArrayList<>();
    for (LookupPlan.Bucket bucket : buckets) {
      boolean single = bucket.slots().size() == 1;
      int tableBits = single ? 0 : bucket.tableBits();
      int first = slots.size();
      // A bucket of one slot has seed 0 and tableBits 0, which CodeHash.slot sends to slot 0.
      records[bucket.number() - firstBucket] =
          (single ? 0 : bucket.seed() & 0xffffffffL) << 32
              | (long) checked(first) << 16
              | tableBits << 8;
      for (int i = 0; i < 1 << tableBits; i++) {
        slots.add(Slot.EMPTY_SLOT);
      }
      for (LookupPlan.Slot slot : bucket.slots()) {
        int at = first + (single ? 0 : slot.value());
        slots.set(at, new Slot(slot.hash(), entryIndex.applyAsInt(slot.entries().get(0)), EMPTY));
        if (slot.entries().size() > 1) {
          shared.add(slot);
          sharedAt.add(at);
        }
      }
    }
    // Codes that share a hash: the others follow every bucket's slots, each naming the next.
    for (int i = 0; i < shared.size(); i++) {
      LookupPlan.Slot slot = shared.get(i);
      List<Entry> entries = slot.entries();
      int previous = sharedAt.get(i);
      for (Entry entry : entries.subList(1, entries.size())) {
        Slot before = slots.get(previous);
        slots.set(previous, new Slot(before.hash(), before.entry(), checked(slots.size())));
        previous = slots.size();
        slots.add(new Slot(slot.hash(), entryIndex.applyAsInt(entry), EMPTY));
      }
    }
    checked(slots.size());

    // Big-endian, as CodeTable reads it.
    ByteBuffer data = ByteBuffer.allocate(8 * (records.length + slots.size()));
    for (long record : records) {
      data.putLong(record);
    }
    for (Slot slot : slots) {
      data.putInt(slot.hash());
      data.putShort((short) checkedEntry(slot.entry()));
      data.putShort((short) slot.next());
    }
    String text = Base64.getEncoder().encodeToString(data.array());
    List<String> lines = new ArrayList<>();
    for (int start = 0; start < text.length(); start += CHARS_PER_LINE) {
      lines.add(text.substring(start, Math.min(text.length(), start + CHARS_PER_LINE)));
    }
    return lines;
  }

  /**
   * The expression that creates the table of {@code buckets}, from {@code firstBucket}, over {@code
   * entries}: an expression of an array of the entries of {@code positions}, at those positions.
   */
  static CodeBlock newTable(
      List<LookupPlan.Bucket> buckets,
      int firstBucket,
      int bucketBits,
      CodeBlock entries,
      IdentityHashMap<Entry, Integer> positions) {
    CodeBlock.Builder table =
        CodeBlock.builder()
            .add("new $T($L, $L", CatalogTypeRenderer.CODE_TABLE, bucketBits, entries);
    for (String line : encode(buckets, firstBucket, bucketBits, positions::get)) {
      // Base64: nothing to escape; not $S, which makes a String of each character.
      table.add(",\n$>$>$L$<$<", StringLiterals.quoted(line));
    }
    return table.add(")").build();
  }

  private static int checkedEntry(int entry) {
    if (entry > EMPTY) {
      throw new IllegalStateException("a part of more than " + EMPTY + " entries");
    }
    return entry;
  }

  private static int checked(int slot) {
    if (slot >= MAX_SLOTS) {
      throw new IllegalStateException("a part of more than " + MAX_SLOTS + " slots");
    }
    return slot;
  }
}
