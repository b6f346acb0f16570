package dev.errorcatalog.catalogdata.importer;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a catalog as an RFC 4180 CSV table: {@code # key: value} comment lines for the title,
 * source and note, then a header row and one row per entry, "\n" line ends. Only the columns the
 * page has are written, in the order {@code code, status, category, message, description,
 * solution}, a text column in another language than English right after its field's English column
 * as {@code field@tag}. Jackson does the quoting.
 */
final class CsvTableWriter {

  // Quote only the cells that need it (separator, quote, line break), to keep diffs readable.
  private static final CsvMapper MAPPER =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private CsvTableWriter() {}

  /** A CSV column: a page column and its header. */
  private record CsvColumn(String header, Field field, String locale) {}

  static byte[] write(Page page, String source, PageTable table) {
    StringBuilder out = new StringBuilder();
    comment(out, "title", page.title());
    comment(out, "source", source);
    comment(out, "note", table.note());

    List<CsvColumn> columns = columns(page.columns());
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(column -> schema.addColumn(column.header()));
    StringWriter body = new StringWriter();
    try (SequenceWriter rows =
        MAPPER.writer(schema.setUseHeader(true).setLineSeparator("\n").build()).writeValues(body)) {
      for (PageRow row : table.rows()) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (CsvColumn column : columns) {
          cells.put(column.header(), cell(row, column));
        }
        rows.write(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append(body).toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void comment(StringBuilder out, String key, String value) {
    if (value == null) {
      return;
    }
    if (value.contains("\n") || value.contains("\r")) {
      throw new IllegalArgumentException("a CSV comment holds one line, not: " + value);
    }
    out.append("# ").append(key).append(": ").append(value).append('\n');
  }

  private static List<CsvColumn> columns(List<Column> pageColumns) {
    List<CsvColumn> columns = new ArrayList<>();
    for (Field field : Field.values()) {
      for (boolean english : new boolean[] {true, false}) {
        for (Column column : pageColumns) {
          if (column.field() != field
              || english
                  != (column.locale() == null || column.locale().equals(Column.DEFAULT_LOCALE))) {
            continue;
          }
          String header = english ? field.tableName() : field.tableName() + "@" + column.locale();
          columns.add(new CsvColumn(header, field, column.locale()));
        }
      }
    }
    return columns;
  }

  private static String cell(PageRow row, CsvColumn column) {
    return switch (column.field()) {
      case CODE -> row.code();
      case STATUS -> row.status() == null ? "" : row.status().toString();
      case CATEGORY -> row.category() == null ? "" : row.category();
      default -> row.text(column.field()).getOrDefault(column.locale(), "");
    };
  }
}
