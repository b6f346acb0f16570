package dev.errorcatalog.processor.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the buckets of a {@link LookupPlan} go: into parts, each the range of buckets whose number
 * shifted right by {@link #partShift()} is equal, and each read as one {@code
 * dev.errorcatalog.runtime.CodeTable}. A catalog of one class is a single part; a larger one is
 * split into parts of at most {@value #CODES_PER_PART} codes, loaded one at a time, when a code of
 * the part is first used.
 */
final class LookupLayout {

  /**
   * The most codes of one part of a large catalog. A part is a class whose entries are created and
   * whose table is read when its first code is used: about 1,000 codes take 4 ms then, 4,000 took
   * 11.
   */
  static final int CODES_PER_PART = 1_000;

  /** At most 2^8 parts, so that the catalog type's switch over them stays small. */
  private static final int MAX_PART_BITS = 8;

  private final LookupPlan plan;
  private final int partShift;
  private final Map<Integer, List<LookupPlan.Bucket>> parts;

  private LookupLayout(LookupPlan plan, boolean split) {
    this.plan = plan;
    int shift = plan.bucketBits();
    while (split && shift > 0 && maxCodesPerPart(plan, shift) > CODES_PER_PART) {
      shift--;
    }
    this.partShift = Math.max(shift, plan.bucketBits() - MAX_PART_BITS);
    this.parts = new TreeMap<>();
    for (LookupPlan.Bucket bucket : plan.buckets()) {
      parts.computeIfAbsent(bucket.number() >>> partShift, p -> new ArrayList<>()).add(bucket);
    }
  }

  /** Every bucket of {@code plan} in one part. */
  static LookupLayout whole(LookupPlan plan) {
    return new LookupLayout(plan, false);
  }

  /** The buckets of {@code plan} in parts of at most {@value #CODES_PER_PART} codes. */
  static LookupLayout split(LookupPlan plan) {
    return new LookupLayout(plan, true);
  }

  LookupPlan plan() {
    return plan;
  }

  /** {@code bucket >>> partShift()} is the bucket's part. */
  int partShift() {
    return partShift;
  }

  /** The non-empty buckets of each part, by part number in ascending order. */
  Map<Integer, List<LookupPlan.Bucket>> parts() {
    return parts;
  }

  private static int maxCodesPerPart(LookupPlan plan, int shift) {
    int[] codes = new int[1 << (plan.bucketBits() - shift)];
    int max = 0;
    for (LookupPlan.Bucket bucket : plan.buckets()) {
      int part = bucket.number() >>> shift;
      codes[part] += codes(bucket);
      max = Math.max(max, codes[part]);
    }
    return max;
  }

  private static int codes(LookupPlan.Bucket bucket) {
    int codes = 0;
    for (LookupPlan.Slot slot : bucket.slots()) {
      codes += slot.entries().size();
    }
    return codes;
  }
}
