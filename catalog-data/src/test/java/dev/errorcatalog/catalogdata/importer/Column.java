package dev.errorcatalog.catalogdata.importer;

import java.util.Objects;

/**
 * One column of a page's table: the header label as the page prints it, the entry field it fills
 * and, for text fields, the language of its text.
 *
 * @param label the header cell, exactly as printed (pages repeat labels: page 001 prints
 *     "Description" for both the message and the description column)
 * @param field the field the column fills
 * @param locale a BCP 47 tag for text fields, {@code null} for keys and the category
 */
record Column(String label, Field field, String locale) {

  /** The default locale of the tables: a text in it is written as a plain string. */
  static final String DEFAULT_LOCALE = "en";

  Column {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(field, "field");
    if (field.isText() != (locale != null)) {
      throw new IllegalArgumentException(
          "text columns need a locale, other columns none: " + label);
    }
  }

  /** A key or category column. */
  static Column of(String label, Field field) {
    return new Column(label, field, null);
  }

  /** An English text column. */
  static Column english(String label, Field field) {
    return new Column(label, field, DEFAULT_LOCALE);
  }

  /** A text column in the given language. */
  static Column text(String label, Field field, String locale) {
    return new Column(label, field, locale);
  }
}
