package dev.errorcatalog.catalogdata.importer;

import java.util.Locale;

/** The fields of a table entry, in the order the tables write them. */
enum Field {
  CODE,
  STATUS,
  CATEGORY,
  MESSAGE,
  DESCRIPTION,
  SOLUTION;

  /** The field's name in the tables: the JSON member and the CSV column. */
  String tableName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the field holds (possibly localized) text rather than a key. */
  boolean isText() {
    return this == MESSAGE || this == DESCRIPTION || this == SOLUTION;
  }
}
