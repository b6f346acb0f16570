package dev.errorcatalog.catalogdata.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the cells of a page's rows, however the layout delivered them, into {@link PageRow}s and
 * the catch-all note. The rules every page shares live here, so the parsers only cut cells.
 */
final class RowAssembler {

  /** A documented code: a service prefix, a dot, four digits ({@code ModelArts.4101}). */
  static final Pattern CODE = Pattern.compile("[A-Za-z]+\\.[0-9]{4}");

  /** An HTTP status as the pages print it. */
  static final Pattern STATUS = Pattern.compile("[1-5][0-9]{2}");

  /** The labels of the catch-all rows that end the pages; such a row documents no code. */
  static final Set<String> CATCH_ALL_LABELS = Set.of("Other", "Others", "其他");

  private final List<Column> columns;
  private final int codeColumn;
  private final List<PageRow> rows = new ArrayList<>();
  private final Set<String> codes = new HashSet<>();
  private String note;

  RowAssembler(List<Column> columns) {
    this.columns = List.copyOf(columns);
    this.codeColumn = indexOf(columns, Field.CODE);
    if (codeColumn < 0) {
      throw new IllegalArgumentException("no code column in " + columns);
    }
  }

  /** The index of the column filling {@code field}, or -1. */
  static int indexOf(List<Column> columns, Field field) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).field() == field) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a code cell holds a catch-all label rather than a code. */
  static boolean isCatchAllLabel(String cell) {
    return CATCH_ALL_LABELS.contains(cell);
  }

  /**
   * Adds one row.
   *
   * @param cells the row's cell texts, one per column, already cut out of the layout
   * @param where the row's place in the page, for messages
   */
  void add(List<String> cells, String where) {
    if (cells.size() != columns.size()) {
      throw new PageFormatException(
          where + ": " + cells.size() + " cells for " + columns.size() + " columns: " + cells);
    }
    if (note != null) {
      throw new PageFormatException(where + ": a row after the catch-all row: " + cells);
    }
    String code = cells.get(codeColumn);
    if (CODE.matcher(code).matches()) {
      addCode(code, cells, where);
    } else if (cells.stream().anyMatch(RowAssembler::isCatchAllLabel)) {
      note = catchAllText(cells, where);
    } else {
      throw new PageFormatException(where + ": neither a code nor a catch-all row: " + cells);
    }
  }

  /** The rows and note added so far. */
  PageTable table() {
    return new PageTable(rows, note);
  }

  private void addCode(String code, List<String> cells, String where) {
    if (!codes.add(code)) {
      // A catalog maps each code to one text; a page listing a code twice needs a decision.
      throw new PageFormatException(where + ": code " + code + " appears twice on the page");
    }
    Integer status = null;
    String category = null;
    Map<Field, Map<String, String>> texts = new LinkedHashMap<>();
    for (Field field : Field.values()) {
      if (field.isText()) {
        texts.put(field, new LinkedHashMap<>());
      }
    }
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      String cell = cells.get(i);
      switch (column.field()) {
        case CODE -> {}
        case STATUS -> {
          if (!STATUS.matcher(cell).matches()) {
            throw new PageFormatException(
                where + ": " + code + " has no HTTP status: '" + cell + "'");
          }
          status = Integer.valueOf(cell);
        }
        case CATEGORY -> category = cell.isEmpty() ? null : cell;
        default -> {
          if (!cell.isEmpty()) {
            texts.get(column.field()).put(column.locale(), cell);
          }
        }
      }
    }
    if (texts.get(Field.MESSAGE).isEmpty()) {
      throw new PageFormatException(where + ": " + code + " has no message");
    }
    rows.add(
        new PageRow(
            code,
            status,
            category,
            texts.get(Field.MESSAGE),
            texts.get(Field.DESCRIPTION),
            texts.get(Field.SOLUTION)));
  }

  // The catch-all row's text is whatever it says besides its label and status, in column order.
  private String catchAllText(List<String> cells, String where) {
    List<String> parts = new ArrayList<>();
    boolean labelSeen = false;
    for (int i = 0; i < columns.size(); i++) {
      String cell = cells.get(i);
      if (!labelSeen && isCatchAllLabel(cell)) {
        labelSeen = true;
      } else if (columns.get(i).field() != Field.STATUS && !cell.isEmpty()) {
        parts.add(cell);
      }
    }
    if (parts.isEmpty()) {
      throw new PageFormatException(where + ": the catch-all row has no text: " + cells);
    }
    return String.join("\n", parts);
  }
}
