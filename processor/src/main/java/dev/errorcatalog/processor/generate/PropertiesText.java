package dev.errorcatalog.processor.generate;

/**
 * Escapes keys and values for a {@code .properties} file as {@link java.util.Properties#load} reads
 * it back, and keeps the file ASCII so that it reads the same as UTF-8 or ISO-8859-1.
 *
 * <p>Written here rather than through {@code Properties.store}, which adds a timestamp, writes the
 * platform's line separator and (before JDK 18) hash order; the rules are those of {@code
 * Properties.store}: backslash escapes for {@code \ \t \n \r \f} and for {@code = : # !} anywhere,
 * a leading space escaped in values and every space in keys, and {@code \}{@code uXXXX} for
 * everything outside printable ASCII.
 */
final class PropertiesText {

  private PropertiesText() {}

  /** {@code key} as a properties key. */
  static String key(String key) {
    return escape(key, true);
  }

  /** {@code value} as a properties value. */
  static String value(String value) {
    return escape(value, false);
  }

  /** {@code text} on one comment line: line breaks and non-ASCII escaped, so it stays a comment. */
  static String comment(String text) {
    return escape(text, false);
  }

  private static String escape(String text, boolean isKey) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case ' ' -> out.append(i == 0 || isKey ? "\\ " : " ");
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\f' -> out.append("\\f");
        case '=', ':', '#', '!' -> out.append('\\').append(c);
        default -> {
          if (c < 0x20 || c > 0x7e) {
            Escapes.appendUnicodeUpperCase(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
