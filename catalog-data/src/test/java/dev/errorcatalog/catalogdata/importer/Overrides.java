package dev.errorcatalog.catalogdata.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Deliberate corrections of page text, read from {@code src/docs/overrides.json}. The importer
 * never edits text silently: each correction names its entry, the text exactly as parsed from the
 * page and the reason. An override whose printed text no longer matches (the page changed, or the
 * override was wrong) stops the import, and so does one that matches no entry.
 */
final class Overrides {

  /**
   * One correction.
   *
   * @param catalog the catalog id
   * @param code the entry's code
   * @param field {@code message}, {@code description} or {@code solution}
   * @param locale the text's language ({@code en} if not given)
   * @param printed the text as the importer reads it from the page
   * @param corrected the text written instead
   * @param reason why, for the reader of the overrides file
   */
  record Correction(
      String catalog,
      String code,
      Field field,
      String locale,
      String printed,
      String corrected,
      String reason) {}

  private static final Set<String> MEMBERS =
      Set.of("catalog", "code", "field", "locale", "printed", "corrected", "reason");

  private final List<Correction> overrides;
  private final Set<Correction> used = new HashSet<>();

  Overrides(List<Correction> overrides) {
    this.overrides = List.copyOf(overrides);
  }

  /** Reads an overrides file: {@code {"overrides": [{...}, ...]}}. */
  static Overrides read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<Correction> list = new ArrayList<>();
    if (root == null || !root.isObject() || root.size() != 1 || !root.path("overrides").isArray()) {
      throw new IOException(file + ": expected {\"overrides\": [...]}");
    }
    for (JsonNode node : root.get("overrides")) {
      node.fieldNames()
          .forEachRemaining(
              name -> {
                if (!MEMBERS.contains(name)) {
                  throw new IllegalArgumentException(
                      file + ": unknown member '" + name + "' in " + node);
                }
              });
      Field field = Field.valueOf(required(node, "field", file).toUpperCase(Locale.ROOT));
      if (!field.isText()) {
        throw new IllegalArgumentException(file + ": only texts can be overridden: " + node);
      }
      list.add(
          new Correction(
              required(node, "catalog", file),
              required(node, "code", file),
              field,
              node.path("locale").asText(Column.DEFAULT_LOCALE),
              required(node, "printed", file),
              required(node, "corrected", file),
              required(node, "reason", file)));
    }
    return new Overrides(list);
  }

  private static String required(JsonNode node, String name, Path file) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new IllegalArgumentException(file + ": '" + name + "' missing in " + node);
    }
    return value.asText();
  }

  /** The table with this catalog's overrides applied. */
  PageTable apply(String catalog, PageTable table) {
    List<PageRow> rows = new ArrayList<>(table.rows());
    for (Correction override : overrides) {
      if (!override.catalog().equals(catalog)) {
        continue;
      }
      for (int i = 0; i < rows.size(); i++) {
        PageRow row = rows.get(i);
        if (!row.code().equals(override.code())) {
          continue;
        }
        String current = row.text(override.field()).get(override.locale());
        if (!override.printed().equals(current)) {
          throw new IllegalStateException(
              "override of "
                  + catalog
                  + " "
                  + override.code()
                  + " "
                  + override.field().tableName()
                  + "@"
                  + override.locale()
                  + ": the page says '"
                  + current
                  + "', the override expects '"
                  + override.printed()
                  + "'");
        }
        rows.set(i, row.withText(override.field(), override.locale(), override.corrected()));
        used.add(override);
      }
    }
    return new PageTable(rows, table.note());
  }

  /** Fails if an override matched no entry: it would be a correction that silently does nothing. */
  void checkAllUsed() {
    for (Correction override : overrides) {
      if (!used.contains(override)) {
        throw new IllegalStateException("override matches no entry: " + override);
      }
    }
  }
}
