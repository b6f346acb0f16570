package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LookupPlanTest {

  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  /** {@code count} distinct valid codes, such as {@code Qx.0412}. */
  static List<String> randomCodes(Random random, int count) {
    Set<String> codes = new LinkedHashSet<>();
    while (codes.size() < count) {
      StringBuilder code = new StringBuilder();
      for (int i = 1 + random.nextInt(8); i > 0; i--) {
        code.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
      code.append(".").append(random.nextInt(10_000));
      if (random.nextInt(4) == 0) {
        code.append("-").append(random.nextInt(100));
      }
      codes.add(code.toString());
    }
    return new ArrayList<>(codes);
  }

  /** Every entry lies in exactly the bucket and slot that the generated lookup computes. */
  private static void assertFindsEveryEntryExactlyOnce(List<Entry> entries, LookupPlan plan) {
    Map<Integer, LookupPlan.Bucket> byNumber = new HashMap<>();
    IdentityHashMap<Entry, Integer> seen = new IdentityHashMap<>();
    int previousNumber = -1;
    for (LookupPlan.Bucket bucket : plan.buckets()) {
      assertTrue(bucket.number() > previousNumber, "buckets ascend and are distinct");
      previousNumber = bucket.number();
      assertTrue(bucket.number() < (1 << plan.bucketBits()), "bucket number in range");
      assertTrue(bucket.tableBits() >= 1 && bucket.tableBits() <= 32);
      assertTrue(!bucket.slots().isEmpty(), "only non-empty buckets are listed");
      byNumber.put(bucket.number(), bucket);
      Set<Integer> values = new HashSet<>();
      Set<Integer> hashes = new HashSet<>();
      int previousValue = -1;
      for (LookupPlan.Slot slot : bucket.slots()) {
        assertTrue(values.add(slot.value()), "slots within a bucket are distinct");
        assertTrue(hashes.add(slot.hash()), "one slot per hash code");
        assertTrue(slot.value() > previousValue, "slots ascend");
        previousValue = slot.value();
        assertTrue(
            slot.value() >= 0
                && (bucket.tableBits() == 32 || slot.value() < (1L << bucket.tableBits())),
            "slot in table range");
        assertEquals(bucket.slotOf(slot.hash()), slot.value());
        assertEquals(bucket.number(), LookupPlan.bucketOf(slot.hash(), plan.bucketBits()));
        int previousIndex = -1;
        for (Entry entry : slot.entries()) {
          assertEquals(slot.hash(), entry.code().hashCode());
          assertTrue(entry.index() > previousIndex, "entries of a slot in table order");
          previousIndex = entry.index();
          assertEquals(null, seen.put(entry, bucket.number()), "entry in two places");
        }
      }
    }
    assertEquals(entries.size(), seen.size(), "every entry is planned");
    for (Entry entry : entries) {
      int hash = entry.code().hashCode();
      LookupPlan.Bucket bucket = byNumber.get(LookupPlan.bucketOf(hash, plan.bucketBits()));
      assertNotNull(bucket, entry.code());
      int slotValue = bucket.slotOf(hash);
      List<LookupPlan.Slot> matching =
          bucket.slots().stream().filter(slot -> slot.value() == slotValue).toList();
      assertEquals(1, matching.size(), entry.code());
      assertTrue(matching.get(0).entries().stream().anyMatch(e -> e.equals(entry)), entry.code());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 8, 9, 100, 5_000})
  void findsEveryCodeInExactlyOneBucketAndSlot(int size) {
    List<Entry> entries = Fixtures.entries(randomCodes(new Random(size), size));
    LookupPlan plan = LookupPlan.of(entries);

    assertTrue(plan.bucketBits() >= 1, "a shift by 32 would be a shift by 0");
    assertFindsEveryEntryExactlyOnce(entries, plan);
  }

  @Test
  void keepsBucketsNearTheirTargetSize() {
    List<Entry> entries = Fixtures.entries(randomCodes(new Random(5), 5_000));
    LookupPlan plan = LookupPlan.of(entries);

    int largest = plan.buckets().stream().mapToInt(b -> b.slots().size()).max().orElseThrow();
    assertTrue(largest <= 8 * LookupPlan.CODES_PER_BUCKET, "largest bucket " + largest);
    assertTrue((1 << plan.bucketBits()) * LookupPlan.CODES_PER_BUCKET >= entries.size());
  }

  @Test
  void codesWithEqualHashCodesShareOneSlot() {
    assertEquals("Aa".hashCode(), "BB".hashCode());
    assertEquals("AaAa".hashCode(), "BBBB".hashCode());
    assertEquals("AaAa".hashCode(), "AaBB".hashCode());
    List<Entry> entries =
        Fixtures.entries(List.of("Aa", "X.1", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "Y.2"));
    LookupPlan plan = LookupPlan.of(entries);

    assertFindsEveryEntryExactlyOnce(entries, plan);
    List<List<String>> sharedSlots =
        plan.buckets().stream()
            .flatMap(bucket -> bucket.slots().stream())
            .filter(slot -> slot.entries().size() > 1)
            .map(slot -> slot.entries().stream().map(Entry::code).toList())
            .toList();
    assertEquals(2, sharedSlots.size(), sharedSlots.toString());
    assertTrue(sharedSlots.contains(List.of("Aa", "BB")), sharedSlots.toString());
    assertTrue(
        sharedSlots.contains(List.of("AaAa", "BBBB", "AaBB", "BBAa")), sharedSlots.toString());
  }

  @Test
  void onlyCollidingCodesInOneBucket() {
    List<Entry> entries = Fixtures.entries(List.of("AaAa", "BBBB", "AaBB"));
    LookupPlan plan = LookupPlan.of(entries);

    assertEquals(1, plan.buckets().size());
    assertEquals(1, plan.buckets().get(0).slots().size());
    assertEquals(3, plan.buckets().get(0).slots().get(0).entries().size());
  }

  private static List<String> describe(LookupPlan plan) {
    List<String> lines = new ArrayList<>();
    lines.add("bits " + plan.bucketBits());
    for (LookupPlan.Bucket bucket : plan.buckets()) {
      StringBuilder line =
          new StringBuilder()
              .append(bucket.number())
              .append(' ')
              .append(bucket.seed())
              .append(' ')
              .append(bucket.tableBits());
      for (LookupPlan.Slot slot : bucket.slots()) {
        line.append(' ')
            .append(slot.value())
            .append('=')
            .append(slot.entries().stream().map(Entry::code).toList());
      }
      lines.add(line.toString());
    }
    return lines;
  }

  @Test
  void planningTwiceGivesIdenticalSeeds() {
    List<Entry> entries = Fixtures.entries(randomCodes(new Random(99), 2_000));

    assertEquals(describe(LookupPlan.of(entries)), describe(LookupPlan.of(entries)));
  }

  @Test
  void planDoesNotDependOnTableOrder() {
    List<String> codes = randomCodes(new Random(3), 1_000);
    List<String> shuffled = new ArrayList<>(codes);
    Collections.shuffle(shuffled, new Random(4));
    LookupPlan plan = LookupPlan.of(Fixtures.entries(codes));
    LookupPlan other = LookupPlan.of(Fixtures.entries(shuffled));

    assertEquals(plan.bucketBits(), other.bucketBits());
    assertEquals(plan.buckets().size(), other.buckets().size());
    for (int b = 0; b < plan.buckets().size(); b++) {
      LookupPlan.Bucket one = plan.buckets().get(b);
      LookupPlan.Bucket two = other.buckets().get(b);
      assertEquals(one.number(), two.number());
      assertEquals(one.seed(), two.seed(), "bucket " + one.number());
      assertEquals(one.tableBits(), two.tableBits());
      assertEquals(
          one.slots().stream().map(LookupPlan.Slot::value).toList(),
          two.slots().stream().map(LookupPlan.Slot::value).toList());
    }
  }

  @Test
  void addingACodeChangesOnlyItsOwnBucket() {
    List<String> codes = randomCodes(new Random(11), 300);
    LookupPlan before = LookupPlan.of(Fixtures.entries(codes));
    List<String> more = new ArrayList<>(codes);
    more.add("Zz.new");
    LookupPlan after = LookupPlan.of(Fixtures.entries(more));
    assertEquals(before.bucketBits(), after.bucketBits(), "test assumes the same bucket count");
    int changed = LookupPlan.bucketOf("Zz.new".hashCode(), after.bucketBits());

    Map<Integer, Integer> seedsBefore = new HashMap<>();
    before.buckets().forEach(b -> seedsBefore.put(b.number(), b.seed()));
    for (LookupPlan.Bucket bucket : after.buckets()) {
      if (bucket.number() != changed) {
        assertEquals(seedsBefore.get(bucket.number()), bucket.seed());
      }
    }
  }

  @Test
  void bucketBitsIsNeverZero() {
    assertEquals(1, LookupPlan.bucketBits(0));
    assertEquals(1, LookupPlan.bucketBits(1));
    assertEquals(1, LookupPlan.bucketBits(16));
    assertEquals(2, LookupPlan.bucketBits(17));
    assertEquals(10, LookupPlan.bucketBits(5_000));
  }
}
