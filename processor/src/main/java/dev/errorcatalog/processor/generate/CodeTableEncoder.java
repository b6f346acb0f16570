package dev.errorcatalog.processor.generate;

import dev.errorcatalog.processor.model.Entry;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Packs one lookup part's buckets into the data of a {@code dev.errorcatalog.runtime.CodeTable},
 * whose Javadoc describes the format: Base64 text, cut into lines for the source file.
 */
final class CodeTableEncoder {

  /** Base64 characters per literal: with indentation and quotes, a line stays within 100. */
  static final int CHARS_PER_LINE = 84;

  private static final int EMPTY = 0xffff;
  private static final int SHARED = 0xfffe;
  private static final int MORE = 0x8000;
  private static final int MAX_SLOTS = 0xffff;

  private CodeTableEncoder() {}

  /**
   * The data of a table over the {@code 2^bucketBits} buckets from {@code firstBucket}, as literal
   * lines.
   *
   * @param placeOf where the constant of an entry is (its holder and position)
   */
  static List<String> encode(
      List<LookupPlan.Bucket> buckets,
      int firstBucket,
      int bucketBits,
      Function<Entry, CatalogLayout.Place> placeOf) {
    long[] records = new long[1 << bucketBits];
    List<long[]> slots = new ArrayList<>();
    List<LookupPlan.Slot> shared = new ArrayList<>();
    List<Integer> sharedAt = new ArrayList<>();
    for (LookupPlan.Bucket bucket : buckets) {
      boolean single = bucket.slots().size() == 1;
      int tableBits = single ? 0 : bucket.tableBits();
      int first = slots.size();
      records[bucket.number() - firstBucket] =
          (single ? 0 : bucket.seed() & 0xffffffffL) << 32
              | (long) checked(first) << 16
              | (tableBits + 1) << 8;
      for (int i = 0; i < 1 << tableBits; i++) {
        slots.add(new long[] {0, EMPTY, 0});
      }
      for (LookupPlan.Slot slot : bucket.slots()) {
        int at = first + (single ? 0 : slot.value());
        if (slot.entries().size() == 1) {
          slots.set(at, slot(slot.hash(), placeOf.apply(slot.entries().get(0)), false));
        } else {
          shared.add(slot);
          sharedAt.add(at);
        }
      }
    }
    // Codes that share a hash: the slot points at their candidates, after every bucket's slots.
    for (int i = 0; i < shared.size(); i++) {
      LookupPlan.Slot slot = shared.get(i);
      slots.set(sharedAt.get(i), new long[] {slot.hash(), SHARED, checked(slots.size())});
      List<Entry> entries = slot.entries();
      for (int e = 0; e < entries.size(); e++) {
        slots.add(slot(slot.hash(), placeOf.apply(entries.get(e)), e + 1 < entries.size()));
      }
    }
    checked(slots.size());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 * (records.length + slots.size()));
    try (DataOutputStream data = new DataOutputStream(bytes)) {
      for (long record : records) {
        data.writeLong(record);
      }
      for (long[] slot : slots) {
        data.writeInt((int) slot[0]);
        data.writeShort((int) slot[1]);
        data.writeShort((int) slot[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    String text = Base64.getEncoder().encodeToString(bytes.toByteArray());
    List<String> lines = new ArrayList<>();
    for (int start = 0; start < text.length(); start += CHARS_PER_LINE) {
      lines.add(text.substring(start, Math.min(text.length(), start + CHARS_PER_LINE)));
    }
    return lines;
  }

  private static long[] slot(int hash, CatalogLayout.Place place, boolean more) {
    if (place.holder() >= SHARED || place.position() >= MORE) {
      throw new IllegalStateException("no room in a code table for " + place);
    }
    return new long[] {hash, place.holder(), place.position() | (more ? MORE : 0)};
  }

  private static int checked(int slot) {
    if (slot > MAX_SLOTS) {
      throw new IllegalStateException("a lookup part of more than " + MAX_SLOTS + " slots");
    }
    return slot;
  }
}
