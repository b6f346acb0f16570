package dev.errorcatalog.runtime;

/**
 * The hashing of a generated catalog's lookup: the one definition that the processor, choosing the
 * hashing at compile time, and the generated code, hashing a code at run time, both call. Used by
 * generated code; not meant to be called directly.
 *
 * <p>A code's {@link String#hashCode()} picks a bucket, {@link #bucket}: the top bits of the hash
 * times the golden-ratio multiplier (Fibonacci hashing). Within a bucket, a multiplier that the
 * processor chose for that bucket's hashes sends each of them to its own slot, {@link #slot}.
 */
public final class CodeHash {

  /** The golden-ratio multiplier of Fibonacci hashing, which spreads hashes over buckets. */
  public static final int BUCKET_MULTIPLIER = 0x9E3779B9;

  private CodeHash() {}

  /**
   * The bucket of a hash among {@code 2^bucketBits} buckets.
   *
   * @param hash a code's {@code hashCode()}
   * @param bucketBits from 1 to 31
   * @return the bucket, from 0 to {@code 2^bucketBits - 1}
   */
  public static int bucket(int hash, int bucketBits) {
    return (hash * BUCKET_MULTIPLIER) >>> (32 - bucketBits);
  }

  /**
   * The slot of a hash in a bucket of {@code 2^tableBits} slots. A bucket of one slot has {@code
   * tableBits} 0 and {@code seed} 0, which gives slot 0 (Java shifts by 32 as by 0).
   *
   * @param hash a code's {@code hashCode()}
   * @param seed the bucket's multiplier
   * @param tableBits from 0 to 31
   * @return the slot, from 0 to {@code 2^tableBits - 1}
   */
  public static int slot(int hash, int seed, int tableBits) {
    return (hash * seed) >>> (32 - tableBits);
  }

  /**
   * The slot of a hash in a table whose buckets are two ints each, as {@link CodeTable} and {@link
   * EntryFile} keep them: the bucket's multiplier, then its first slot shifted left by 8 or'ed with
   * its {@code tableBits}.
   *
   * @param buckets the table's buckets
   * @param bucket the hash's bucket
   * @param hash a code's {@code hashCode()}
   * @return the slot, among all the table's slots
   */
  static int slotIn(int[] buckets, int bucket, int hash) {
    int shape = buckets[2 * bucket + 1];
    return (shape >>> 8) + slot(hash, buckets[2 * bucket], shape & 0xff);
  }
}
