package dev.errorcatalog.catalogdata;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The committed tables, read the way a consumer reads them: with Jackson, from the files in {@code
 * src/main/resources/errorcatalog/huaweicloud}, independently of the importer's model. Reading is
 * strict: a member or column the table format does not define fails the test.
 */
final class CommittedTables {

  static final Path DIR = Path.of("src/main/resources/errorcatalog/huaweicloud");

  private static final Set<String> TABLE_MEMBERS = Set.copyOf(ReadmeTableFormat.TABLE_FIELDS);
  private static final Set<String> ENTRY_MEMBERS = Set.copyOf(ReadmeTableFormat.ENTRY_FIELDS);
  private static final Set<String> TEXT_FIELDS = Set.of("message", "description", "solution");
  private static final Set<String> COMMENT_KEYS = Set.copyOf(ReadmeTableFormat.METADATA_KEYS);

  /** One entry; texts map a BCP 47 tag to text, {@code en} for a plain string or CSV column. */
  record Entry(
      String code,
      Integer status,
      String category,
      Map<String, String> message,
      Map<String, String> description,
      Map<String, String> solution) {}

  /** One table file. */
  record Table(
      String file, String catalog, String title, String source, String note, List<Entry> codes) {

    Entry entry(String code) {
      return codes.stream()
          .filter(e -> e.code().equals(code))
          .findFirst()
          .orElseThrow(() -> new AssertionError(code + " not in " + file));
    }
  }

  private static Map<String, Table> cache;

  private CommittedTables() {}

  /** All tables by catalog id, in file-name order. */
  static synchronized Map<String, Table> all() {
    if (cache == null) {
      Map<String, Table> tables = new LinkedHashMap<>();
      try (Stream<Path> files = Files.list(DIR)) {
        for (Path file : files.sorted().toList()) {
          Table table = read(file);
          if (tables.put(table.catalog(), table) != null) {
            fail("two tables for catalog " + table.catalog());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      cache = tables;
    }
    return cache;
  }

  static Table get(String catalog) {
    Table table = all().get(catalog);
    if (table == null) {
      fail("no table for catalog " + catalog);
    }
    return table;
  }

  static Table read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (name.endsWith(".json")) {
      return readJson(name, text);
    }
    if (name.endsWith(".csv")) {
      return readCsv(name, text);
    }
    return fail("not a table file: " + file);
  }

  private static Table readJson(String name, String text) throws IOException {
    JsonNode root = new ObjectMapper().readTree(text);
    checkMembers(name, root, TABLE_MEMBERS);
    List<Entry> entries = new ArrayList<>();
    for (JsonNode node : root.path("codes")) {
      checkMembers(name, node, ENTRY_MEMBERS);
      JsonNode status = node.get("status");
      if (status != null && !status.isInt()) {
        fail(name + ": status is not a number: " + node);
      }
      entries.add(
          new Entry(
              string(name, node, "code"),
              status == null ? null : status.intValue(),
              string(name, node, "category"),
              jsonText(name, node.get("message")),
              jsonText(name, node.get("description")),
              jsonText(name, node.get("solution"))));
    }
    if (!root.path("codes").isArray()) {
      fail(name + ": no codes array");
    }
    String catalog = string(name, root, "catalog");
    return new Table(
        name,
        catalog == null ? baseName(name) : catalog,
        string(name, root, "title"),
        string(name, root, "source"),
        string(name, root, "note"),
        entries);
  }

  private static void checkMembers(String name, JsonNode node, Set<String> allowed) {
    if (!node.isObject()) {
      fail(name + ": not an object: " + node);
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String member = it.next();
      if (!allowed.contains(member)) {
        fail(name + ": unknown member " + member);
      }
    }
  }

  private static String string(String name, JsonNode node, String member) {
    JsonNode value = node.get(member);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      fail(name + ": " + member + " is not a string: " + node);
    }
    return value.asText();
  }

  private static Map<String, String> jsonText(String name, JsonNode value) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (value == null) {
      return texts;
    }
    if (value.isTextual()) {
      texts.put("en", value.asText());
    } else if (value.isObject()) {
      value
          .properties()
          .forEach(
              e -> {
                if (!e.getValue().isTextual()) {
                  fail(name + ": text in " + e.getKey() + " is not a string");
                }
                texts.put(e.getKey(), e.getValue().asText());
              });
    } else {
      fail(name + ": a text is neither a string nor an object: " + value);
    }
    return texts;
  }

  private static Table readCsv(String name, String text) throws IOException {
    Map<String, String> meta = new LinkedHashMap<>();
    for (String line : text.split("\n", -1)) {
      if (!line.startsWith("#")) {
        break;
      }
      int colon = line.indexOf(": ");
      String key = colon < 0 ? "" : line.substring(2, colon);
      if (!line.startsWith("# ") || !COMMENT_KEYS.contains(key) || meta.containsKey(key)) {
        fail(name + ": not a '# key: value' line for title, source or note: " + line);
      }
      meta.put(key, line.substring(colon + 2));
    }
    CsvMapper mapper = new CsvMapper();
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it =
        mapper
            .readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvSchema.emptySchema().withComments())
            .readValues(text)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    List<String> header = rows.get(0);
    if (!header.contains("code") || !header.contains("message")) {
      fail(name + ": the header lacks code or message: " + header);
    }
    List<Entry> entries = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() != header.size()) {
        fail(name + ": " + row.size() + " cells for " + header.size() + " columns: " + row);
      }
      String code = null;
      Integer status = null;
      String category = null;
      Map<String, Map<String, String>> texts = new LinkedHashMap<>();
      TEXT_FIELDS.forEach(f -> texts.put(f, new LinkedHashMap<>()));
      for (int i = 0; i < header.size(); i++) {
        String column = header.get(i);
        String cell = row.get(i);
        int at = column.indexOf('@');
        String field = at < 0 ? column : column.substring(0, at);
        String locale = at < 0 ? "en" : column.substring(at + 1);
        switch (field) {
          case "code" -> code = cell;
          case "status" -> status = cell.isEmpty() ? null : Integer.valueOf(cell);
          case "category" -> category = cell.isEmpty() ? null : cell;
          case "message", "description", "solution" -> {
            if (!cell.isEmpty()) {
              texts.get(field).put(locale, cell);
            }
          }
          default -> fail(name + ": unknown column " + column);
        }
        if (at >= 0 && !TEXT_FIELDS.contains(field)) {
          fail(name + ": only texts can be localized: " + column);
        }
      }
      entries.add(
          new Entry(
              code,
              status,
              category,
              texts.get("message"),
              texts.get("description"),
              texts.get("solution")));
    }
    return new Table(
        name, baseName(name), meta.get("title"), meta.get("source"), meta.get("note"), entries);
  }

  /** The header row of a CSV table, as Jackson reads it. */
  static List<String> csvHeader(String text) throws IOException {
    try (MappingIterator<List<String>> it =
        new CsvMapper()
            .readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvSchema.emptySchema().withComments())
            .readValues(text)) {
      return it.next();
    }
  }

  static String baseName(String file) {
    return file.substring(0, file.lastIndexOf('.'));
  }
}
