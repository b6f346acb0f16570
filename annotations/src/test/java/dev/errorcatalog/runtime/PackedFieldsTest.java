package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PackedFieldsTest {

  private static String number(int value) {
    return new String(new char[] {(char) (value >>> 16), (char) value});
  }

  @Test
  void readsTextsNumbersAndNullsInOrderAcrossPieces() {
    String text = "AIS.0014\n\u4e2d\uD83D\uDE00";
    String packed =
        number(text.length()) + text + number(-1) + number(400) + number(0) + number(70_000);

    PackedFields fields = new PackedFields(packed.substring(0, 5), packed.substring(5));

    assertEquals(text, fields.next());
    assertNull(fields.next());
    assertEquals(400, fields.nextInt());
    assertEquals("", fields.next());
    assertEquals(70_000, fields.nextInt());
    assertThrows(IndexOutOfBoundsException.class, fields::nextInt);
  }

  @Test
  void failsPastTheEnd() {
    PackedFields fields = new PackedFields(number(5) + "abc");

    assertThrows(IndexOutOfBoundsException.class, fields::next);
  }
}
