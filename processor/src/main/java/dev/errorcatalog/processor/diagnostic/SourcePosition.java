package dev.errorcatalog.processor.diagnostic;

import java.util.Objects;

/**
 * A place in a table file: the resource path as the annotation names it, and the line and column
 * where known. Data files are not elements: a {@link Problem} carries its positions as data and
 * prints them before its text.
 *
 * @param table the table's resource path, such as {@code errorcatalog/huaweicloud/ocr.json}
 * @param line the 1-based line, or 0 where unknown
 * @param column the 1-based column, or 0 where unknown
 */
public record SourcePosition(String table, int line, int column) {

  public SourcePosition {
    Objects.requireNonNull(table, "table");
  }

  /** The whole table, no line. */
  public static SourcePosition of(String table) {
    return new SourcePosition(table, 0, 0);
  }

  /** A line of a table, no column. */
  public static SourcePosition of(String table, int line) {
    return new SourcePosition(table, line, 0);
  }

  /** Renders as {@code table:line:column}, leaving out what is unknown. */
  @Override
  public String toString() {
    if (line <= 0) {
      return table;
    }
    if (column <= 0) {
      return table + ":" + line;
    }
    return table + ":" + line + ":" + column;
  }
}
