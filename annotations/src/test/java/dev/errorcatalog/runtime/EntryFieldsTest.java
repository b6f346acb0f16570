package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The record encoding of an entries file, written here by hand as its Javadoc describes it. */
class EntryFieldsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private void varint(long value) {
    while ((value & ~0x7fL) != 0) {
      out.write((int) ((value & 0x7f) | 0x80));
      value >>>= 7;
    }
    out.write((int) value);
  }

  private void number(int value) {
    varint(((long) value << 1 ^ value >> 31) & 0xffffffffL);
  }

  private EntryFields fields(String... shared) {
    return new EntryFields(out.toByteArray(), 0, shared);
  }

  @Test
  void readsNumbersOfEverySizeAndSign() {
    int[] numbers = {0, -1, 1, 63, -64, 64, 404, 70_000, Integer.MAX_VALUE, Integer.MIN_VALUE};
    for (int number : numbers) {
      number(number);
    }

    EntryFields fields = fields();
    for (int number : numbers) {
      assertEquals(number, fields.nextInt());
    }
    assertThrows(IndexOutOfBoundsException.class, fields::nextInt);
  }

  @Test
  void readsNullUtf8Utf16AndSharedTexts() {
    String utf8 = "AIS.0014 \u4e3a\u7a7a \ud83d\ude00 \u0000";
    String lone = "lone \ud800 surrogate";
    varint(0);
    byte[] bytes = utf8.getBytes(StandardCharsets.UTF_8);
    varint((long) bytes.length << 2 | 1);
    out.writeBytes(bytes);
    varint((long) lone.length() << 3 | 2);
    for (int i = 0; i < lone.length(); i++) { // not getBytes(UTF_16BE): it drops a lone surrogate
      out.write(lone.charAt(i) >>> 8);
      out.write(lone.charAt(i));
    }
    varint(1 << 2 | 3);
    varint(0 << 2 | 1); // the empty text: length 0, UTF-8
    String shared = new String("big");

    EntryFields fields = fields("other", shared);
    assertNull(fields.next());
    assertEquals(utf8, fields.next());
    assertEquals(lone, fields.next(), "UTF-16 keeps the lone surrogate");
    assertSame(shared, fields.next());
    assertEquals("", fields.next());
    assertEquals(out.size(), fields.position());
  }
}
