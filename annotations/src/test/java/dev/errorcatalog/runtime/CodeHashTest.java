package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodeHashTest {

  @Test
  void bucketIsTheTopBitsOfTheFibonacciProduct() {
    int hash = "AIS.0014".hashCode();

    assertEquals((hash * 0x9E3779B9) >>> 27, CodeHash.bucket(hash, 5));
    assertEquals((hash * 0x9E3779B9) >>> 31, CodeHash.bucket(hash, 1));
  }

  @Test
  void aBucketOfOneSlotAlwaysGivesSlotZero() {
    for (int hash : new int[] {0, 1, -1, Integer.MIN_VALUE, "AIS.0014".hashCode()}) {
      assertEquals(0, CodeHash.slot(hash, 0, 0));
    }
  }

  @Test
  void slotStaysWithinItsTable() {
    for (int hash = -1000; hash < 1000; hash += 7) {
      int slot = CodeHash.slot(hash, 0x5bd1e995, 3);
      assertEquals(slot & 7, slot);
    }
  }
}
