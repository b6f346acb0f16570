package dev.errorcatalog.catalogdata.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One documented code as a page gives it; every layout parser produces these.
 *
 * <p>Texts map a BCP 47 tag to the text in that language, in the page's column order; a page that
 * lacks a field leaves its map empty.
 *
 * @param code the error code, e.g. {@code AIS.0101}
 * @param status the HTTP status, {@code null} where the page has no status column
 * @param category the page's grouping of the row, {@code null} where the page has none
 */
record PageRow(
    String code,
    Integer status,
    String category,
    Map<String, String> message,
    Map<String, String> description,
    Map<String, String> solution) {

  PageRow {
    Objects.requireNonNull(code, "code");
    message = frozen(message);
    description = frozen(description);
    solution = frozen(solution);
  }

  /** The texts of one text field. */
  Map<String, String> text(Field field) {
    return switch (field) {
      case MESSAGE -> message;
      case DESCRIPTION -> description;
      case SOLUTION -> solution;
      default -> throw new IllegalArgumentException("not a text field: " + field);
    };
  }

  /** A copy of this row with one text replaced. */
  PageRow withText(Field field, String locale, String text) {
    Map<String, String> changed = new LinkedHashMap<>(text(field));
    changed.put(locale, text);
    return new PageRow(
        code,
        status,
        category,
        field == Field.MESSAGE ? changed : message,
        field == Field.DESCRIPTION ? changed : description,
        field == Field.SOLUTION ? changed : solution);
  }

  private static Map<String, String> frozen(Map<String, String> texts) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(texts));
  }
}
