package dev.errorcatalog.catalogdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table format as the README's "Table formats" section documents it, from its JSON example and
 * its list of CSV metadata lines. The processor's tests hold its readers to the same section, so
 * that readers, the importer's writers and the README agree.
 */
public final class ReadmeTableFormat {

  private static final String SECTION = "### Table formats";

  /** A JSON table's members, in the documented order. */
  public static final List<String> TABLE_FIELDS;

  /** An entry's members (and CSV columns), in the documented order. */
  public static final List<String> ENTRY_FIELDS;

  /** The keys of CSV {@code # key: ...} metadata lines, in the documented order. */
  public static final List<String> METADATA_KEYS;

  static {
    String section = section();
    try {
      JsonNode root = new ObjectMapper().readTree(block(section, "json"));
      TABLE_FIELDS = names(root);
      ENTRY_FIELDS = names(root.get("codes").get(0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> keys = new ArrayList<>();
    Matcher metadata = Pattern.compile("`# ([a-z]+): \\.\\.\\.`").matcher(section);
    while (metadata.find()) {
      keys.add(metadata.group(1));
    }
    METADATA_KEYS = List.copyOf(keys);
  }

  private ReadmeTableFormat() {}

  private static String section() {
    try {
      String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
      int start = readme.indexOf("\n" + SECTION + "\n");
      if (start < 0) {
        throw new IllegalStateException("README.md has no section " + SECTION);
      }
      int end = readme.indexOf("\n### ", start + SECTION.length() + 2);
      return readme.substring(start, end < 0 ? readme.length() : end);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String block(String section, String language) {
    int start = section.indexOf("```" + language + "\n") + language.length() + 4;
    return section.substring(start, section.indexOf("```", start));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return List.copyOf(names);
  }
}
