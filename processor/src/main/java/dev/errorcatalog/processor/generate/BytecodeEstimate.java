package dev.errorcatalog.processor.generate;

import java.util.List;

/**
 * An upper estimate of the bytecode javac emits for the lookup switches {@link LookupRenderer}
 * writes, so that {@link LookupLayout} can size methods without compiling them. The figures are
 * read off {@code javap -c} (javac 17 and 25) with every constant loaded by the wide {@code ldc_w},
 * as in a class of more than 255 constants; a test compiles catalogs and checks the estimate
 * against javac's output.
 */
final class BytecodeEstimate {

  /** Hashing the code and finding its bucket (when in {@code find}) and the final return. */
  private static final int METHOD = 24;

  /** {@code (hash * seed) >>> shift} before an inner switch, and its default. */
  private static final int INNER_SWITCH = 12;

  /** A case of one code: compare the hash, compare the string, load the constant, jump out. */
  private static final int CASE = 29;

  /** A case of codes that share a hash: compare the hash once, then each string in turn. */
  private static final int SHARED_HASH_CASE = 16;

  private static final int SHARED_HASH_CODE = 16;

  private BytecodeEstimate() {}

  /** A method whose switch selects among {@code buckets}, in ascending number. */
  static int groupMethod(List<LookupPlan.Bucket> buckets) {
    int bytes =
        METHOD
            + switchBytes(
                buckets.get(0).number(), buckets.get(buckets.size() - 1).number(), buckets.size());
    for (LookupPlan.Bucket bucket : buckets) {
      bytes += bucket(bucket);
    }
    return bytes;
  }

  private static int bucket(LookupPlan.Bucket bucket) {
    List<LookupPlan.Slot> slots = bucket.slots();
    int bytes = 0;
    for (LookupPlan.Slot slot : slots) {
      int codes = slot.entries().size();
      bytes += codes == 1 ? CASE : SHARED_HASH_CASE + SHARED_HASH_CODE * codes;
    }
    if (slots.size() > 1) {
      bytes +=
          INNER_SWITCH
              + switchBytes(
                  slots.get(0).value(), slots.get(slots.size() - 1).value(), slots.size());
    }
    return bytes;
  }

  /**
   * A {@code switch} over {@code labels} case values from {@code low} to {@code high}: javac
   * chooses a {@code tableswitch} (a jump for every value in the range) or a {@code lookupswitch}
   * (a value and a jump per label) by the rule in its {@code Gen}, and pads either to a multiple of
   * four.
   */
  private static int switchBytes(int low, int high, int labels) {
    long range = (long) high - low + 1;
    boolean table = 4 + range + 3 * 3 <= 3 + 2L * labels + 3L * labels;
    return (int) (table ? 16 + 4 * range : 12 + 8L * labels);
  }
}
