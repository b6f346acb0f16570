package dev.errorcatalog.processor.generate;

import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.runtime.CodeHash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hashing of the generated {@code lookup}, chosen at compile time for the exact set of codes.
 *
 * <p>A code's {@link String#hashCode()} picks one of {@code 2^bucketBits()} buckets, and a seed
 * found here for each bucket spreads the bucket's hashes to distinct slots; {@link CodeHash}, which
 * the generated code calls too, defines both steps. Codes are about {@value #CODES_PER_BUCKET} a
 * bucket. Codes whose {@code hashCode()} is equal share a slot and are compared in turn.
 *
 * <p>Everything is deterministic: the multiplier is fixed and the seeds come from a fixed SplitMix
 * sequence, so the same codes always give the same tables.
 */
final class LookupPlan {

  /** The average bucket size aimed at. */
  static final int CODES_PER_BUCKET = 8;

  private static final int SEEDS_PER_TABLE_SIZE = 512;

  private final int bucketBits;
  private final List<Bucket> buckets;

  private LookupPlan(int bucketBits, List<Bucket> buckets) {
    this.bucketBits = bucketBits;
    this.buckets = List.copyOf(buckets);
  }

  /**
   * One bucket: its seed and its occupied slots.
   *
   * @param number the bucket number
   * @param seed the multiplier that spreads this bucket's hashes to distinct slots
   * @param tableBits the slot range is {@code [0, 2^tableBits)}
   * @param slots the occupied slots, in ascending order
   */
  record Bucket(int number, int seed, int tableBits, List<Slot> slots) {

    /** The slot of {@code hash} in this bucket. */
    int slotOf(int hash) {
      return slot(hash, seed, tableBits);
    }
  }

  /**
   * One occupied slot of a bucket.
   *
   * @param value the case label
   * @param hash the {@code hashCode()} of every code in this slot
   * @param entries the codes, in table order (more than one only for equal hash codes)
   */
  record Slot(int value, int hash, List<Entry> entries) {}

  /** Plans the lookup of {@code entries}, which have distinct codes. */
  static LookupPlan of(List<Entry> entries) {
    int bucketBits = bucketBits(entries.size());
    Map<Integer, Map<Integer, List<Entry>>> byBucket = new TreeMap<>();
    for (Entry entry : entries) {
      int hash = entry.code().hashCode();
      byBucket
          .computeIfAbsent(bucketOf(hash, bucketBits), b -> new LinkedHashMap<>())
          .computeIfAbsent(hash, h -> new ArrayList<>())
          .add(entry);
    }
    List<Bucket> buckets = new ArrayList<>();
    byBucket.forEach(
        (number, byHash) -> buckets.add(bucket(number, byHash, new SeedSequence(number))));
    return new LookupPlan(bucketBits, buckets);
  }

  /** The bucket of {@code hash} when there are {@code 2^bucketBits} buckets. */
  static int bucketOf(int hash, int bucketBits) {
    return CodeHash.bucket(hash, bucketBits);
  }

  /** The slot of {@code hash} under {@code seed} in a table of {@code 2^tableBits} slots. */
  static int slot(int hash, int seed, int tableBits) {
    return CodeHash.slot(hash, seed, tableBits);
  }

  /** At least 1, so that the shift is never by 32 (which Java takes as 0). */
  static int bucketBits(int size) {
    int buckets = Math.max(2, (size + CODES_PER_BUCKET - 1) / CODES_PER_BUCKET);
    return 32 - Integer.numberOfLeadingZeros(buckets - 1);
  }

  int bucketBits() {
    return bucketBits;
  }

  /** The non-empty buckets, in ascending number. */
  List<Bucket> buckets() {
    return buckets;
  }

  private static Bucket bucket(int number, Map<Integer, List<Entry>> byHash, SeedSequence seeds) {
    int distinct = byHash.size();
    // Start at twice the bucket's size: few empty slots, yet sparse enough that a seed
    // without collisions turns up within a few tries.
    int tableBits = Math.max(1, 33 - Integer.numberOfLeadingZeros(Math.max(1, distinct - 1)));
    while (true) {
      for (int attempt = 0; attempt < SEEDS_PER_TABLE_SIZE; attempt++) {
        int seed = seeds.next();
        TreeMap<Integer, Slot> slots = new TreeMap<>();
        for (Map.Entry<Integer, List<Entry>> sameHash : byHash.entrySet()) {
          int hash = sameHash.getKey();
          int slot = slot(hash, seed, tableBits);
          if (slots.putIfAbsent(slot, new Slot(slot, hash, List.copyOf(sameHash.getValue())))
              != null) {
            break; // a collision: try the next seed
          }
        }
        if (slots.size() == byHash.size()) {
          return new Bucket(number, seed, tableBits, List.copyOf(slots.values()));
        }
      }
      tableBits++;
    }
  }

  /**
   * Odd multipliers from SplitMix64, started from the bucket number: the same on every JDK, and a
   * new code changes only its own bucket.
   */
  private static final class SeedSequence {
    private long state;

    SeedSequence(int bucket) {
      this.state = 0x5DEECE66DL + bucket;
    }

    int next() {
      long z = (state += 0x9E3779B97F4A7C15L);
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z = z ^ (z >>> 31);
      return (int) z | 1;
    }
  }
}
