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
 * Arranges a {@link LookupPlan}'s buckets into a perfect-hash table of buckets and slots, and packs
 * it for the runtime: as the Base64 data of a {@code dev.errorcatalog.runtime.CodeTable} (a small
 * catalog), whose Javadoc describes that format, or into an entries file ({@link EntryFileWriter}).
 */
final class CodeTableEncoder {

  /** Base64 characters per literal: with indentation and quotes, a line stays within 100. */
  static final int CHARS_PER_LINE = 84;

  /** No entry, or no next slot: {@code CodeTable.EMPTY}. */
  private static final int EMPTY = 0xffff;

  private CodeTableEncoder() {}

  /**
   * One slot.
   *
   * @param hash the hash of its codes, 0 for an empty slot
   * @param entry the index of its entry, -1 for none
   * @param next the next slot of a code with the same hash, -1 for none
   */
  record Slot(int hash, int entry, int next) {
    static final Slot EMPTY_SLOT = new Slot(0, -1, -1);
  }

  /**
   * A table: per bucket, its multiplier (high 32 bits), first slot (from bit 8) and {@code
   * tableBits} (8 bits); then the slots. Slot 0 is always empty: an empty bucket points at it with
   * multiplier 0 and {@code tableBits} 0.
   */
  // Built once and only read: an array keeps 2^bucketBits longs unboxed.
  @SuppressWarnings("ArrayRecordComponent")
  record Table(long[] buckets, List<Slot> slots) {

    /** The int that holds a bucket's first slot and {@code tableBits}. */
    static int shape(long bucket) {
      return (int) bucket;
    }

    /** The int that holds a bucket's multiplier. */
    static int multiplier(long bucket) {
      return (int) (bucket >>> 32);
    }
  }

  /**
   * Arranges every bucket of a plan of {@code 2^bucketBits} buckets.
   *
   * @param entryIndex the index of an entry, as the runtime's entries are indexed
   */
  static Table arrange(
      List<LookupPlan.Bucket> buckets, int bucketBits, ToIntFunction<Entry> entryIndex) {
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
      records[bucket.number()] =
          (single ? 0 : bucket.seed() & 0xffffffffL) << 32 | (long) first << 8 | tableBits;
      for (int i = 0; i < 1 << tableBits; i++) {
        slots.add(Slot.EMPTY_SLOT);
      }
      for (LookupPlan.Slot slot : bucket.slots()) {
        int at = first + (single ? 0 : slot.value());
        slots.set(at, new Slot(slot.hash(), entryIndex.applyAsInt(slot.entries().get(0)), -1));
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
        slots.set(previous, new Slot(before.hash(), before.entry(), slots.size()));
        previous = slots.size();
        slots.add(new Slot(slot.hash(), entryIndex.applyAsInt(entry), -1));
      }
    }
    if (slots.size() >= 1 << 24) {
      throw new IllegalStateException("a table of more than 2^24 slots");
    }
    return new Table(records, List.copyOf(slots));
  }

  /**
   * The data of a {@code CodeTable} over every bucket of a plan of {@code 2^bucketBits} buckets, as
   * literal lines.
   *
   * @param entryIndex the index of an entry in the table's entries
   */
  static List<String> encode(
      List<LookupPlan.Bucket> buckets, int bucketBits, ToIntFunction<Entry> entryIndex) {
    Table table = arrange(buckets, bucketBits, entryIndex);
    // Big-endian, as CodeTable reads it: 16 bits for a first slot, an entry or a next slot.
    ByteBuffer data = ByteBuffer.allocate(8 * (table.buckets().length + table.slots().size()));
    for (long bucket : table.buckets()) {
      int shape = Table.shape(bucket);
      data.putInt(Table.multiplier(bucket));
      data.putShort((short) sixteenBits(shape >>> 8));
      data.put((byte) shape);
      data.put((byte) 0);
    }
    for (Slot slot : table.slots()) {
      data.putInt(slot.hash());
      data.putShort((short) (slot.entry() < 0 ? EMPTY : sixteenBits(slot.entry())));
      data.putShort((short) (slot.next() < 0 ? EMPTY : sixteenBits(slot.next())));
    }
    String text = Base64.getEncoder().encodeToString(data.array());
    List<String> lines = new ArrayList<>();
    for (int start = 0; start < text.length(); start += CHARS_PER_LINE) {
      lines.add(text.substring(start, Math.min(text.length(), start + CHARS_PER_LINE)));
    }
    return lines;
  }

  /**
   * The expression that creates the table of {@code buckets} over {@code entries}: an expression of
   * an array of the entries of {@code positions}, at those positions.
   */
  static CodeBlock newTable(
      List<LookupPlan.Bucket> buckets,
      int bucketBits,
      CodeBlock entries,
      IdentityHashMap<Entry, Integer> positions) {
    CodeBlock.Builder table =
        CodeBlock.builder()
            .add("new $T($L, $L", CatalogTypeRenderer.CODE_TABLE, bucketBits, entries);
    for (String line : encode(buckets, bucketBits, positions::get)) {
      // Base64: nothing to escape; not $S, which makes a String of each character.
      table.add(",\n$>$>$L$<$<", StringLiterals.quoted(line));
    }
    return table.add(")").build();
  }

  /** A slot or entry index of a {@code CodeTable}, whose records hold 16 bits. */
  private static int sixteenBits(int index) {
    if (index >= EMPTY) {
      throw new IllegalStateException("a code table of more than " + EMPTY + " slots or entries");
    }
    return index;
  }
}
