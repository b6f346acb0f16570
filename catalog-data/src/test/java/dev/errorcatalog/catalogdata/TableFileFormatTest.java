package dev.errorcatalog.catalogdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed files follow the table formats the processor reads, written deterministically. */
class TableFileFormatTest {

  private static final List<String> TABLE_ORDER = ReadmeTableFormat.TABLE_FIELDS;
  private static final List<String> ENTRY_ORDER = ReadmeTableFormat.ENTRY_FIELDS;

  private static final Set<String> TEXT_FIELDS = Set.of("message", "description", "solution");

  /** The entry fields, each text field followed by its localized columns ({@code message@}). */
  private static final List<String> CSV_ORDER =
      ENTRY_ORDER.stream()
          .flatMap(
              field ->
                  TEXT_FIELDS.contains(field) ? Stream.of(field, field + "@") : Stream.of(field))
          .toList();

  private static final Pattern INDENTED = Pattern.compile("( {2})*[^ ].*");

  private static List<Path> files(String extension) throws IOException {
    try (Stream<Path> files = Files.list(CommittedTables.DIR)) {
      return files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  @Test
  void bothFormatsAreUsed() throws IOException {
    assertFalse(files(".json").isEmpty());
    assertFalse(files(".csv").isEmpty());
  }

  @Test
  void jsonTablesAreWrittenDeterministically() throws IOException {
    for (Path file : files(".json")) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String name = file.getFileName().toString();
      assertTrue(
          text.startsWith("{\n") && text.endsWith("\n}\n"), name + ": layout and final newline");
      assertFalse(text.contains("\r"), name + ": \\r");
      assertFalse(text.contains("\\u"), name + ": \\u escapes");
      assertFalse(text.contains("\" : "), name + ": separator");
      for (String line : text.lines().toList()) {
        assertTrue(INDENTED.matcher(line).matches(), name + ": indentation of " + line);
      }
      JsonNode root = new ObjectMapper().readTree(text);
      assertInOrder(name, fieldNames(root), TABLE_ORDER);
      assertEquals(CommittedTables.baseName(name), root.get("catalog").asText(), name);
      for (JsonNode entry : root.get("codes")) {
        assertInOrder(name, fieldNames(entry), ENTRY_ORDER);
        for (String text1 : List.of("message", "description", "solution")) {
          JsonNode value = entry.get(text1);
          if (value != null && value.isObject()) {
            assertFalse(
                value.size() == 1 && value.has("en"),
                name + ": an English-only text must be a plain string: " + entry.get("code"));
          }
        }
      }
    }
  }

  @Test
  void csvTablesHaveTheirMetadataBeforeAHeaderInTheDocumentedOrder() throws IOException {
    for (Path file : files(".csv")) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String name = file.getFileName().toString();
      assertTrue(text.endsWith("\n"), name + ": final newline");
      assertFalse(text.contains("\r"), name + ": \\r");
      String[] lines = text.lines().toArray(String[]::new);
      int comments = 0;
      while (lines[comments].startsWith("#")) {
        assertTrue(
            lines[comments].matches(
                "# (" + String.join("|", ReadmeTableFormat.METADATA_KEYS) + "): \\S.*"),
            name + ": " + lines[comments]);
        comments++;
      }
      for (int i = comments; i < lines.length; i++) {
        assertFalse(
            lines[i].startsWith("#"), name + ": a comment after the header, line " + (i + 1));
      }
      List<String> header = CommittedTables.csvHeader(text);
      assertEquals(
          String.join(",", header), lines[comments], name + ": the header follows the comments");
      List<String> kinds = new ArrayList<>();
      for (String column : header) {
        kinds.add(column.contains("@") ? column.substring(0, column.indexOf('@') + 1) : column);
      }
      assertInOrder(name, kinds, CSV_ORDER);
      assertEquals("code", header.get(0), name);
      assertTrue(header.contains("message"), name);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  // The names occur in the documented order (each at most once; missing ones are fine).
  private static void assertInOrder(String file, List<String> names, List<String> order) {
    int last = -1;
    for (String name : names) {
      int at = order.indexOf(name);
      assertTrue(
          at > last || (at == last && name.endsWith("@")),
          file + ": " + name + " out of order in " + names);
      last = at;
    }
  }
}
