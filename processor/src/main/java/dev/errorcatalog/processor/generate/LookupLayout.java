package dev.errorcatalog.processor.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the switches of a {@link LookupPlan} go: runs of consecutive buckets are grouped into
 * methods as large as HotSpot still compiles, and groups into classes.
 *
 * <p>HotSpot compiles a method once it has run a few thousand times, and never one of more than
 * 8,000 bytes of bytecode. A lookup spread over thousands of tiny methods therefore stays
 * interpreted for minutes when codes arrive in random order, as each method runs rarely; one method
 * per bucket was measured 7 to 22 times slower than a {@code HashMap} at 100,000 codes. So a group
 * takes buckets in order until its estimated bytecode would pass {@value #METHOD_BYTES} bytes
 * (about 150 codes), and every lookup runs through two or three methods that are called often
 * enough to be compiled within a second of use.
 *
 * <p>A part is the range of buckets whose number shifted right by {@link #partShift()} is equal; in
 * a catalog too large for one class, each part is a class of its own, holding a packed table rather
 * than switches, and is a single group. A catalog small enough for one class is always a single
 * part.
 */
final class LookupLayout {

  /** The estimated bytecode a group method may reach: well under HotSpot's 8,000-byte limit. */
  static final int METHOD_BYTES = 7_000;

  /**
   * The most codes of one part. A part of a large catalog is a class whose packed table is read
   * when its first code is looked up: about 1,000 codes take 4 ms to load then, 4,000 took 11. A
   * catalog of one class is a single part, whose switches are grouped into methods instead.
   */
  static final int CODES_PER_PART = 1_000;

  /** At most 2^8 parts, so that the catalog type's switch over them stays small. */
  private static final int MAX_PART_BITS = 8;

  private final LookupPlan plan;
  private final int partShift;
  private final Map<Integer, List<Group>> parts;

  /**
   * One generated method: a run of buckets.
   *
   * @param number the group's number, counting from 0 across the catalog
   * @param buckets its buckets, in ascending number, none empty
   */
  record Group(int number, List<LookupPlan.Bucket> buckets) {}

  private LookupLayout(LookupPlan plan, boolean tables) {
    this.plan = plan;
    // Switches live in the catalog type, a single part; tables are split to load in pieces.
    int shift = plan.bucketBits();
    while (tables && shift > 0 && maxCodesPerPart(plan, shift) > CODES_PER_PART) {
      shift--;
    }
    this.partShift = Math.max(shift, plan.bucketBits() - MAX_PART_BITS);
    this.parts = new TreeMap<>();
    List<LookupPlan.Bucket> run = new ArrayList<>();
    int part = -1;
    for (LookupPlan.Bucket bucket : plan.buckets()) {
      int partOfBucket = bucket.number() >>> partShift;
      if (!run.isEmpty() && (partOfBucket != part || (!tables && !fits(run, bucket)))) {
        addGroup(part, run);
        run = new ArrayList<>();
      }
      part = partOfBucket;
      run.add(bucket);
    }
    if (!run.isEmpty()) {
      addGroup(part, run);
    }
  }

  /** Lays out the switches of {@code plan}, whose groups become methods. */
  static LookupLayout ofSwitches(LookupPlan plan) {
    return new LookupLayout(plan, false);
  }

  /** Lays out {@code plan} as one packed table per part: each part is a single group. */
  static LookupLayout ofTables(LookupPlan plan) {
    return new LookupLayout(plan, true);
  }

  LookupPlan plan() {
    return plan;
  }

  /** {@code bucket >>> partShift()} is the bucket's part. */
  int partShift() {
    return partShift;
  }

  /** The groups of each part, by part number in ascending order. */
  Map<Integer, List<Group>> parts() {
    return parts;
  }

  /** Every group, in ascending number. */
  List<Group> groups() {
    return parts.values().stream().flatMap(List::stream).toList();
  }

  private void addGroup(int part, List<LookupPlan.Bucket> buckets) {
    int number = parts.values().stream().mapToInt(List::size).sum();
    parts
        .computeIfAbsent(part, p -> new ArrayList<>())
        .add(new Group(number, List.copyOf(buckets)));
  }

  private static boolean fits(List<LookupPlan.Bucket> run, LookupPlan.Bucket next) {
    List<LookupPlan.Bucket> grown = new ArrayList<>(run);
    grown.add(next);
    return BytecodeEstimate.groupMethod(grown) <= METHOD_BYTES;
  }

  private static int maxCodesPerPart(LookupPlan plan, int shift) {
    Map<Integer, Integer> codes = new TreeMap<>();
    for (LookupPlan.Bucket bucket : plan.buckets()) {
      codes.merge(bucket.number() >>> shift, codes(bucket), Integer::sum);
    }
    return codes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  private static int codes(LookupPlan.Bucket bucket) {
    return bucket.slots().stream().mapToInt(slot -> slot.entries().size()).sum();
  }
}
