package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Reads hand-made tables laid out as the class Javadoc describes. */
class CodeTableTest {

  private static final int SEED = 0x9e3779b9;

  private static String base64(ByteBuffer data) {
    byte[] bytes = new byte[data.capacity()];
    data.duplicate().clear().get(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** The slot of {@code hash} in a table of 2^1 slots (the product wraps, as the table's does). */
  private static int slotOfTwo(int hash) {
    return (hash * SEED) >>> 31;
  }

  /**
   * Two buckets: bucket 0 holds hashes 7 and 8 in a table of 2^1 slots; bucket 1 holds hash 5,
   * shared by two codes whose candidates follow the slots.
   */
  private static CodeTable table() {
    int slot7 = slotOfTwo(7);
    int slot8 = slotOfTwo(8);
    assertEquals(1, slot7 ^ slot8, "the test's seed must separate 7 and 8");
    ByteBuffer data = ByteBuffer.allocate(8 * 2 + 8 * 5);
    data.putInt(SEED).putShort((short) 0).put((byte) 2).put((byte) 0);
    data.putInt(0).putShort((short) 2).put((byte) 1).put((byte) 0);
    for (int slot = 0; slot < 2; slot++) {
      boolean isSeven = slot == slot7;
      data.putInt(isSeven ? 7 : 8).putShort((short) 3).putShort((short) (isSeven ? 70 : 80));
    }
    data.putInt(5).putShort((short) CodeTable.SHARED).putShort((short) 3);
    data.putInt(5).putShort((short) 1).putShort((short) (0x8000 | 50));
    data.putInt(5).putShort((short) 2).putShort((short) 51);
    String text = base64(data);
    return new CodeTable(1, text.substring(0, 10), text.substring(10));
  }

  @Test
  void findsTheOnlyCandidateOfAHash() {
    CodeTable table = table();

    int slot = table.first(7, 0);
    assertEquals(3, table.holder(slot));
    assertEquals(70, table.position(slot));
    assertEquals(-1, table.next(slot));
    assertEquals(80, table.position(table.first(8, 0)));
  }

  @Test
  void listsEveryCandidateOfASharedHash() {
    CodeTable table = table();

    int first = table.first(5, 1);
    assertEquals(1, table.holder(first));
    assertEquals(50, table.position(first));
    int second = table.next(first);
    assertEquals(2, table.holder(second));
    assertEquals(51, table.position(second));
    assertEquals(-1, table.next(second));
  }

  @Test
  void answersNoneForAHashItLacks() {
    CodeTable table = table();

    assertEquals(-1, table.first(9, 0));
    assertEquals(-1, table.first(6, 1));
    assertEquals(-1, table.first(7, 1), "7 is not in bucket 1");
    // Only the bucket number's low bits select a bucket of this table.
    assertEquals(70, table.position(table.first(7, 0b1010)));
  }

  @Test
  void answersNoneInAnEmptyBucket() {
    ByteBuffer data = ByteBuffer.allocate(8 * 2);
    CodeTable table = new CodeTable(1, base64(data));

    assertEquals(-1, table.first(0, 0));
    assertEquals(-1, table.first(12345, 1));
  }

  @Test
  void noneHasNoCandidateForAnyHash() {
    for (int hash : new int[] {0, 1, -1, 12345, Integer.MIN_VALUE}) {
      assertEquals(-1, CodeTable.NONE.first(hash, hash));
    }
  }

  @Test
  void rejectsDataThatIsNotATableOfItsBuckets() {
    String twoBuckets = base64(ByteBuffer.allocate(16));

    assertThrows(IllegalArgumentException.class, () -> new CodeTable(2, twoBuckets));
    assertThrows(
        IllegalArgumentException.class, () -> new CodeTable(1, base64(ByteBuffer.allocate(20))));
  }
}
