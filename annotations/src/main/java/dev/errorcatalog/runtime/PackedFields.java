package dev.errorcatalog.runtime;

/**
 * Reads the texts that every generated catalog packs its messages in other locales into ({@link
 * #nextTexts}), a holder class per 1,000 entries. Used by generated code; not meant to be called
 * directly.
 *
 * <p>Packed, a holder reads its texts in one loop over one text, rather than running a constant's
 * worth of bytecode per text, which the JVM verifies and interprets once. Each field is a length (a
 * number: two chars, high then low 16 bits; {@code 0xffffffff} for {@code null}) followed by that
 * many chars.
 */
public final class PackedFields {

  private final String text;
  private int at;

  /**
   * Starts reading {@code data}, the pieces of one text.
   *
   * @param data the text, in as many literals as the class file format needs
   */
  public PackedFields(String... data) {
    this.text = String.join("", data);
  }

  /**
   * The next number.
   *
   * @return the number
   * @throws IndexOutOfBoundsException past the end of the text
   */
  public int nextInt() {
    int value = text.charAt(at) << 16 | text.charAt(at + 1);
    at += 2;
    return value;
  }

  /**
   * The next text field.
   *
   * @return the text, or {@code null} where the field is {@code null}
   * @throws IndexOutOfBoundsException past the end of the text
   */
  public String next() {
    int length = nextInt();
    if (length == -1) {
      return null;
    }
    String field = text.substring(at, at + length);
    at += length;
    return field;
  }

  /**
   * The next {@code count} text fields.
   *
   * @param count how many to read
   * @return the texts, {@code null} where a field is {@code null}
   * @throws IndexOutOfBoundsException past the end of the text
   */
  public String[] nextTexts(int count) {
    String[] texts = new String[count];
    for (int i = 0; i < count; i++) {
      texts[i] = next();
    }
    return texts;
  }
}
