package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.ErrorCode;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Reads hand-made tables laid out as the class Javadoc describes. */
class CodeTableTest {

  private static final int SEED = 0x9e3779b9;
  private static final int NONE = CodeTable.EMPTY;

  /** Only the code matters to the table. */
  private record Code(String code) implements ErrorCode {
    @Override
    public String catalog() {
      return "test";
    }

    @Override
    public OptionalInt httpStatus() {
      return OptionalInt.empty();
    }

    @Override
    public Optional<String> category() {
      return Optional.empty();
    }

    @Override
    public String message() {
      return code;
    }

    @Override
    public String message(Locale locale) {
      return code;
    }

    @Override
    public Optional<String> description(Locale locale) {
      return Optional.empty();
    }

    @Override
    public Optional<String> solution(Locale locale) {
      return Optional.empty();
    }
  }

  /** Codes whose hashCode() the tests choose: "Aa" and "BB" share one. */
  private static final ErrorCode[] ENTRIES = {
    new Code("AIS.1"), new Code("AIS.2"), new Code("Aa"), new Code("BB")
  };

  private static String base64(ByteBuffer data) {
    byte[] bytes = new byte[data.capacity()];
    data.duplicate().clear().get(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static int hash(int entry) {
    return ENTRIES[entry].code().hashCode();
  }

  /**
   * Two buckets: bucket 0 holds the hashes of "AIS.1" and "AIS.2" in 2^1 slots (1 and 2); bucket 1
   * holds the hash that "Aa" and "BB" share in its only slot (3), whose next slot (4) is "BB".
   */
  private static CodeTable table() {
    int slotOfSeven = CodeHash.slot(hash(0), SEED, 1);
    int slotOfEight = CodeHash.slot(hash(1), SEED, 1);
    assertEquals(1, slotOfSeven ^ slotOfEight, "the test's seed must separate the two hashes");
    assertEquals(hash(2), hash(3));
    ByteBuffer data = ByteBuffer.allocate(8 * 2 + 8 * 5);
    data.putInt(SEED).putShort((short) 1).put((byte) 1).put((byte) 0);
    data.putInt(0).putShort((short) 3).put((byte) 0).put((byte) 0);
    data.putInt(0).putShort((short) NONE).putShort((short) NONE);
    for (int slot = 0; slot < 2; slot++) {
      int entry = slot == slotOfSeven ? 0 : 1;
      data.putInt(hash(entry)).putShort((short) entry).putShort((short) NONE);
    }
    data.putInt(hash(2)).putShort((short) 2).putShort((short) 4);
    data.putInt(hash(3)).putShort((short) 3).putShort((short) NONE);
    String text = base64(data);
    return new CodeTable(1, ENTRIES, text.substring(0, 10), text.substring(10));
  }

  private static ErrorCode find(CodeTable table, String code, int bucket) {
    return table.find(new String(code.toCharArray()), code.hashCode(), bucket);
  }

  @Test
  void findsTheEntryOfEachCodeInItsBucket() {
    CodeTable table = table();

    assertSame(ENTRIES[0], find(table, "AIS.1", 0));
    assertSame(ENTRIES[1], find(table, "AIS.2", 0));
  }

  @Test
  void findsEveryCodeOfASharedHash() {
    CodeTable table = table();

    assertSame(ENTRIES[2], find(table, "Aa", 1));
    assertSame(ENTRIES[3], find(table, "BB", 1));
    assertNull(find(table, "C#", 1), "same hash, not a code of the table");
  }

  @Test
  void findsNothingForACodeItLacks() {
    CodeTable table = table();

    assertNull(find(table, "AIS.3", 0));
    assertNull(find(table, "AIS.1", 1), "AIS.1 is not in bucket 1");
    // Only the bucket number's low bits select a bucket of this table.
    assertSame(ENTRIES[0], find(table, "AIS.1", 0b1010));
  }

  @Test
  void findsNothingInAnEmptyBucketEvenForHashZero() {
    ByteBuffer data = ByteBuffer.allocate(8 * 2 + 8);
    data.position(16).putInt(0).putShort((short) NONE).putShort((short) NONE);
    CodeTable table = new CodeTable(1, new ErrorCode[0], base64(data));

    assertEquals(0, "".hashCode());
    assertNull(table.find("", 0, 0));
    assertNull(table.find("x", "x".hashCode(), 1));
  }

  @Test
  void rejectsDataThatIsNotATableOfItsBuckets() {
    String twoBucketsNoSlot = base64(ByteBuffer.allocate(16));

    assertThrows(IllegalArgumentException.class, () -> new CodeTable(1, ENTRIES, twoBucketsNoSlot));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CodeTable(1, ENTRIES, base64(ByteBuffer.allocate(28))));
  }
}
