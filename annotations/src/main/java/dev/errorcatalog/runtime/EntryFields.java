package dev.errorcatalog.runtime;

import java.nio.charset.StandardCharsets;

/**
 * Reads the fields of one entry's record in an {@link EntryFile}, in the order of the catalog
 * type's constructor. Used by generated code; not meant to be called directly.
 *
 * <p>Numbers are varints: seven bits a byte, low bits first, the high bit set on every byte but the
 * last. A number field is a zigzag varint ({@code -1} is 1, {@code 404} is 808). A text field is a
 * varint {@code v}: 0 for {@code null}; otherwise {@code v & 3} says what {@code v >>> 2} is:
 *
 * <ul>
 *   <li>1: the length in bytes of the UTF-8 text that follows;
 *   <li>2: the length in bytes of the UTF-16 (big-endian) text that follows: a text with a lone
 *       surrogate, which UTF-8 cannot carry, is kept that way;
 *   <li>3: the index of a shared text, one that the file holds once for every field it fills.
 * </ul>
 */
public final class EntryFields {

  private final byte[] data;
  private final String[] shared;
  private int at;

  EntryFields(byte[] data, int start, String[] shared) {
    this.data = data;
    this.at = start;
    this.shared = shared;
  }

  /**
   * The next number field.
   *
   * @return the number
   * @throws IndexOutOfBoundsException past the end of the file
   */
  public int nextInt() {
    int zigzag = varint();
    return (zigzag >>> 1) ^ -(zigzag & 1);
  }

  /**
   * The next text field.
   *
   * @return the text, or {@code null} where the field is {@code null}
   * @throws IndexOutOfBoundsException past the end of the file or of the shared texts
   */
  public String next() {
    int header = varint();
    int value = header >>> 2;
    switch (header & 3) {
      case 1 -> {
        int start = at;
        at += value;
        return new String(data, start, value, StandardCharsets.UTF_8);
      }
      case 2 -> {
        // By hand: new String(..., UTF_16BE) would replace the lone surrogate this text keeps.
        char[] chars = new char[value / 2];
        for (int i = 0; i < chars.length; i++, at += 2) {
          chars[i] = (char) ((data[at] & 0xff) << 8 | (data[at + 1] & 0xff));
        }
        return new String(chars);
      }
      case 3 -> {
        return shared[value];
      }
      default -> {
        return null;
      }
    }
  }

  /** The next varint. */
  int varint() {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = data[at++];
      value |= (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }

  /** The next big-endian int. */
  int fixedInt() {
    int value =
        (data[at] & 0xff) << 24
            | (data[at + 1] & 0xff) << 16
            | (data[at + 2] & 0xff) << 8
            | (data[at + 3] & 0xff);
    at += 4;
    return value;
  }

  /** Where the next field starts. */
  int position() {
    return at;
  }

  /** Moves to {@code start}, where the next field starts. */
  void moveTo(int start) {
    at = start;
  }

  /** Skips {@code bytes} bytes. */
  void skip(int bytes) {
    at += bytes;
  }
}
