package dev.errorcatalog.processor.read;

import java.util.Locale;

/** The localizable texts of an error code, named as in both table formats. */
public enum TextField {
  MESSAGE,
  DESCRIPTION,
  SOLUTION;

  /** The JSON field and CSV column name: {@code message}, {@code description}, {@code solution}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The field named {@code key}, or {@code null}. */
  public static TextField ofKey(String key) {
    for (TextField field : values()) {
      if (field.key().equals(key)) {
        return field;
      }
    }
    return null;
  }
}
