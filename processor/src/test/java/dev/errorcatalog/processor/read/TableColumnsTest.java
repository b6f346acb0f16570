package dev.errorcatalog.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's table formats name exactly the columns the readers read, in the order tables write
 * them (catalog-data's tests hold the importer's writers to the same README section).
 */
class TableColumnsTest {

  private static final String SECTION = "### Table formats";

  private static String tableFormats() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n" + SECTION + "\n");
    assertTrue(start >= 0, "README.md has no section " + SECTION);
    int end = readme.indexOf("\n### ", start + SECTION.length() + 2);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static String block(String section, String language) {
    int start = section.indexOf("```" + language + "\n");
    assertTrue(start >= 0, "no ```" + language + " example");
    start += language.length() + 4;
    return section.substring(start, section.indexOf("```", start));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void readmeJsonExampleHasEveryTableAndEntryFieldInOrder() throws IOException {
    JsonNode root = new ObjectMapper().readTree(block(tableFormats(), "json"));

    assertEquals(TableColumns.TABLE_FIELDS, names(root));
    assertEquals(TableColumns.ENTRY_FIELDS, names(root.get(TableColumns.CODES).get(0)));
  }

  @Test
  void readmeJsonExampleShowsTheLinkFieldsAfterTheOthersOnItsSecondEntry() throws IOException {
    JsonNode second =
        new ObjectMapper().readTree(block(tableFormats(), "json")).get(TableColumns.CODES).get(1);
    List<String> fields = names(second);

    assertEquals(TableColumns.LINK_FIELDS, fields.subList(fields.size() - 3, fields.size()));
    assertTrue(TableColumns.ALL_ENTRY_FIELDS.containsAll(fields), fields.toString());
  }

  @Test
  void readmeNamesTheLinkFieldsAsCsvColumns() throws IOException {
    String line =
        tableFormats()
            .lines()
            .filter(l -> l.startsWith("- Optional columns "))
            .findFirst()
            .orElseThrow();
    int at = 0;
    for (String field : TableColumns.LINK_FIELDS) {
      at = line.indexOf("`" + field + "`", at);
      assertTrue(at >= 0, field + " in order in: " + line);
    }
  }

  @Test
  void readmeCsvExampleHeaderHasEveryColumnInOrder() throws IOException {
    List<String> lines = block(tableFormats(), "csv").lines().toList();
    String header = lines.stream().filter(line -> !line.startsWith("#")).findFirst().orElseThrow();
    Set<String> fields = new LinkedHashSet<>();
    for (String column : header.split(",", -1)) {
      int at = column.indexOf(TableColumns.LOCALE_SEPARATOR);
      fields.add(at < 0 ? column : column.substring(0, at));
    }

    assertEquals(TableColumns.ENTRY_FIELDS, List.copyOf(fields));
  }

  @Test
  void readmeNamesEveryCsvMetadataKey() throws IOException {
    String section = tableFormats();
    for (String key : TableColumns.METADATA_KEYS) {
      assertTrue(section.contains("`# " + key + ": ...`"), key);
    }
  }

  @Test
  void textFieldsAreTheLastEntryFieldsInDeclarationOrder() {
    List<String> texts = new ArrayList<>();
    for (TextField field : TextField.values()) {
      texts.add(field.key());
    }
    int size = TableColumns.ENTRY_FIELDS.size();
    assertEquals(texts, TableColumns.ENTRY_FIELDS.subList(size - texts.size(), size));
  }
}
