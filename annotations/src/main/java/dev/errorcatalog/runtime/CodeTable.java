package dev.errorcatalog.runtime;

import dev.errorcatalog.ErrorCode;
import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * The perfect-hash table of a generated catalog of up to 2,000 codes, read from Base64 in the
 * catalog type (a larger catalog's table is in its entries file, {@link EntryFile}). Used by
 * generated code; not meant to be called directly.
 *
 * <p>The processor knows every code at compile time, so it chooses the hashing: {@link CodeHash}
 * picks a bucket and, with the bucket's multiplier, a slot, chosen so that no two hashes of a
 * bucket share a slot. A lookup reads one bucket record, one slot's hash, and compares one string;
 * it never walks a chain, except among codes whose {@code hashCode()} is equal. (A {@code switch}
 * per bucket and slot took two indirect jumps a lookup, which random codes make the CPU mispredict;
 * at 100,000 codes it was megabytes of machine code fetched at random.)
 *
 * <p>The table covers {@code 2^bucketBits} buckets. Its data is Base64 of big-endian records: first
 * 8 bytes per bucket (the bucket's multiplier, 32 bits; the index of its first slot, 16 bits; its
 * {@code tableBits}, 8 bits; 8 bits of padding), then 8 bytes per slot (the hash, 32 bits; the
 * index of its entry in the table's entries, 16 bits, {@value #EMPTY} for an empty slot; the next
 * slot with a code of the same hash, 16 bits, {@value #EMPTY} for none). Slot 0 is always empty: an
 * empty bucket points at it with multiplier 0 and {@code tableBits} 0. Codes that share a hash take
 * one slot in their bucket, whose next slot lists the others after all the buckets' slots.
 */
public final class CodeTable {

  /** In a slot record: no entry, or no next slot. */
  public static final int EMPTY = 0xffff;

  /** Per bucket: multiplier, then first slot shifted left by 8 or'ed with {@code tableBits}. */
  private final int[] buckets;

  private final int[] hashes;
  private final String[] codes;
  private final ErrorCode[] entries;

  /** Per slot: the next slot of the same hash, or -1. */
  private final int[] next;

  private final int bucketMask;

  /**
   * A table over {@code 2^bucketBits} buckets.
   *
   * @param bucketBits how many bits a bucket number has
   * @param entries the catalog's entries, which the slot records index
   * @param base64 the records, Base64-encoded, in as many pieces as is convenient
   * @throws IllegalArgumentException if the data is not a table of that many buckets
   */
  public CodeTable(int bucketBits, ErrorCode[] entries, String... base64) {
    ByteBuffer data = ByteBuffer.wrap(Base64.getDecoder().decode(String.join("", base64)));
    int bucketCount = 1 << bucketBits;
    int slotBytes = data.remaining() - 8 * bucketCount;
    if (slotBytes < 8 || slotBytes % 8 != 0) {
      throw new IllegalArgumentException("not a code table of 2^" + bucketBits + " buckets");
    }
    this.buckets = new int[2 * bucketCount];
    for (int i = 0; i < buckets.length; i += 2) {
      buckets[i] = data.getInt();
      buckets[i + 1] = (data.getShort() & 0xffff) << 8 | (data.get() & 0xff);
      data.get();
    }
    int slotCount = slotBytes / 8;
    this.hashes = new int[slotCount];
    this.codes = new String[slotCount];
    this.entries = new ErrorCode[slotCount];
    this.next = new int[slotCount];
    for (int slot = 0; slot < slotCount; slot++) {
      hashes[slot] = data.getInt();
      int entry = data.getShort() & 0xffff;
      int nextSlot = data.getShort() & 0xffff;
      if (entry != EMPTY) {
        this.entries[slot] = entries[entry];
        codes[slot] = entries[entry].code();
      }
      next[slot] = nextSlot == EMPTY ? -1 : nextSlot;
    }
    this.bucketMask = bucketCount - 1;
  }

  /**
   * The entry of a code, or {@code null} if this table lacks it.
   *
   * @param code the code, not {@code null}
   * @param hash its {@code hashCode()}
   * @param bucket its bucket; only the low {@code bucketBits} are read
   * @return the entry, or {@code null}
   */
  public ErrorCode find(String code, int hash, int bucket) {
    int slot = CodeHash.slotIn(buckets, bucket & bucketMask, hash);
    if (hashes[slot] != hash) {
      return null; // the slot of every code of this hash, if there were one
    }
    do {
      if (code.equals(codes[slot])) {
        return entries[slot];
      }
      slot = next[slot];
    } while (slot >= 0);
    return null;
  }
}
