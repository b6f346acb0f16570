package dev.errorcatalog.runtime;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * A perfect-hash table from a code's {@link String#hashCode()} to where its entry is, for the
 * lookup of a large generated catalog. Used by generated code; not meant to be called directly.
 *
 * <p>A {@code switch} over every code is the fastest lookup for a catalog of a few thousand codes,
 * but at 100,000 codes it is megabytes of machine code that the CPU fetches at random, and a lookup
 * costs microseconds. A large catalog therefore keeps its codes' positions in data, eight bytes a
 * slot, and only the hashing in code. The processor chooses the hashing at compile time, so a
 * lookup reads one bucket and one slot, never a chain.
 *
 * <p>The table covers {@code 2^bucketBits} consecutive buckets. Its data is Base64 of big-endian
 * records: first 8 bytes per bucket (the bucket's 32-bit seed; the index of its first slot, 16
 * bits; its {@code tableBits + 1}, 8 bits, where 0 marks an empty bucket and 1 a bucket of a single
 * hash; 8 bits of padding), then 8 bytes per slot (the hash; the holder of the entry, 16 bits,
 * {@value #EMPTY} for an empty slot and {@value #SHARED} for a hash several codes share; the
 * entry's position in its holder, 16 bits, whose top bit says that the next slot is another
 * candidate for the same hash). A bucket's hash goes to slot {@code first + ((hash * seed) >>> (32
 * - tableBits))}. A shared slot's position is the index of the first of its candidates, which
 * follow all buckets' slots.
 */
public final class CodeTable {

  /** The holder of an empty slot. */
  public static final int EMPTY = 0xffff;

  /** The holder of a slot whose hash several codes share; its position points at them. */
  public static final int SHARED = 0xfffe;

  /** A table of one empty bucket, which has no candidate for any hash. */
  public static final CodeTable NONE = new CodeTable(0, "AAAAAAAAAAA=");

  private static final int MORE = 0x8000;

  /** Per bucket: seed, then first slot shifted left by 8 or'ed with {@code tableBits + 1}. */
  private final int[] buckets;

  /** Per slot: hash, then holder shifted left by 16 or'ed with position. */
  private final int[] slots;

  private final int bucketMask;

  /**
   * A table over {@code 2^bucketBits} consecutive buckets.
   *
   * @param bucketBits how many low bits of a bucket number select a bucket of this table
   * @param base64 the records, Base64-encoded, in as many pieces as is convenient
   * @throws IllegalArgumentException if the data is not a table of that many buckets
   */
  public CodeTable(int bucketBits, String... base64) {
    ByteBuffer data = ByteBuffer.wrap(Base64.getDecoder().decode(String.join("", base64)));
    int bucketCount = 1 << bucketBits;
    int slotBytes = data.remaining() - 8 * bucketCount;
    if (slotBytes < 0 || slotBytes % 8 != 0) {
      throw new IllegalArgumentException("not a code table of 2^" + bucketBits + " buckets");
    }
    this.buckets = new int[2 * bucketCount];
    for (int i = 0; i < buckets.length; i += 2) {
      buckets[i] = data.getInt();
      buckets[i + 1] = (data.getShort() & 0xffff) << 8 | (data.get() & 0xff);
      data.get();
    }
    this.slots = new int[slotBytes / 4];
    data.asIntBuffer().get(slots);
    this.bucketMask = bucketCount - 1;
  }

  /**
   * The first candidate for a hash: a slot whose entry is the code's if the catalog has the code,
   * or -1 when no code of the catalog has this hash.
   *
   * @param hash the code's {@code hashCode()}
   * @param bucket the code's bucket; only its low {@code bucketBits} are read
   * @return a slot for {@link #holder}, {@link #position} and {@link #next}, or -1
   */
  public int first(int hash, int bucket) {
    int record = (bucket & bucketMask) << 1;
    int start = buckets[record + 1];
    int tableBits = (start & 0xff) - 1;
    if (tableBits < 0) {
      return -1;
    }
    int slot = start >>> 8;
    if (tableBits > 0) {
      slot += (hash * buckets[record]) >>> (32 - tableBits);
    }
    int at = slot << 1;
    if (slots[at] != hash) {
      return -1;
    }
    int holder = slots[at + 1] >>> 16;
    if (holder == EMPTY) {
      return -1;
    }
    return holder == SHARED ? slots[at + 1] & 0xffff : slot;
  }

  /**
   * The candidate after {@code slot} for the same hash, or -1.
   *
   * @param slot a candidate
   * @return the next candidate, or -1 after the last
   */
  public int next(int slot) {
    return (slots[(slot << 1) + 1] & MORE) != 0 ? slot + 1 : -1;
  }

  /**
   * The holder class of a candidate's entry, numbered as the generated catalog numbers them.
   *
   * @param slot a candidate
   * @return the holder number
   */
  public int holder(int slot) {
    return slots[(slot << 1) + 1] >>> 16;
  }

  /**
   * The position of a candidate's entry in its holder.
   *
   * @param slot a candidate
   * @return the position, from 0
   */
  public int position(int slot) {
    return slots[(slot << 1) + 1] & (MORE - 1);
  }
}
