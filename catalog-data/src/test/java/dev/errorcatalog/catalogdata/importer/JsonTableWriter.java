package dev.errorcatalog.catalogdata.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a catalog as a JSON table, deterministically: 2-space indent, {@code "name": value},
 * members in the documented order, entries in page order, a plain string for a text that is English
 * only, UTF-8 without escapes for non-ASCII, a final newline.
 */
final class JsonTableWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonTableWriter() {}

  static byte[] write(Page page, String source, PageTable table) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("catalog", page.catalog());
    root.put("title", page.title());
    root.put("source", source);
    if (table.note() != null) {
      root.put("note", table.note());
    }
    ArrayNode codes = root.putArray("codes");
    for (PageRow row : table.rows()) {
      ObjectNode entry = codes.addObject();
      entry.put("code", row.code());
      if (row.status() != null) {
        entry.put("status", row.status().intValue());
      }
      if (row.category() != null) {
        entry.put("category", row.category());
      }
      for (Field field : Field.values()) {
        if (field.isText()) {
          putText(entry, field.tableName(), row.text(field));
        }
      }
    }
    try {
      return (WRITER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void putText(ObjectNode entry, String name, Map<String, String> texts) {
    if (texts.isEmpty()) {
      return;
    }
    if (texts.size() == 1 && texts.containsKey(Column.DEFAULT_LOCALE)) {
      entry.put(name, texts.get(Column.DEFAULT_LOCALE));
    } else {
      ObjectNode byLocale = entry.putObject(name);
      texts.forEach(byLocale::put);
    }
  }
}
