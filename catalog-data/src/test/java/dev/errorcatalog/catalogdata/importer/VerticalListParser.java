package dev.errorcatalog.catalogdata.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "vertical list" layout of pages 000, 001 and 002: an HTML table flattened to text, one
 * cell per line, every line separated by a blank line, the header cells first.
 *
 * <p>The layout has no cell boundaries, so rows and cells are recovered from what the cells say:
 *
 * <ul>
 *   <li>A row starts where its key cells (status and code, in the page's order) look like a status
 *       and a code; everything up to the next row start is that row's text cells.
 *   <li>A text cell usually is one line. A line numbered {@code n.} that follows one numbered
 *       {@code n-1.} continues the same cell (APIG.0301's numbered message and description).
 *   <li>Lines beyond the last text column belong to the last column, the handling measure or
 *       solution: it is the only column the pages fill with several free paragraphs.
 * </ul>
 *
 * The lines of a cell are joined with a single "\n": the blank lines between them are the layout's
 * separator between every two lines, not a paragraph break the page chose.
 */
final class VerticalListParser implements PageParser {

  private static final Pattern NUMBERED = Pattern.compile("^([0-9]+)\\. ");

  private final List<Column> columns;
  private final int keyCount;

  VerticalListParser(List<Column> columns) {
    this.columns = List.copyOf(columns);
    int keys = 0;
    while (keys < columns.size() && isKey(columns.get(keys))) {
      keys++;
    }
    for (int i = keys; i < columns.size(); i++) {
      if (!columns.get(i).field().isText()) {
        // Only leading key cells can be told apart by their look; all others must be text.
        throw new IllegalArgumentException("key columns must lead: " + columns);
      }
    }
    if (RowAssembler.indexOf(columns.subList(0, keys), Field.CODE) < 0) {
      throw new IllegalArgumentException("the code column must lead: " + columns);
    }
    this.keyCount = keys;
  }

  private static boolean isKey(Column column) {
    return column.field() == Field.CODE || column.field() == Field.STATUS;
  }

  /** A non-blank line of the page, stripped of its indentation. */
  private record Line(int number, String text) {}

  @Override
  public PageTable parse(String pageText) {
    List<Line> lines = new ArrayList<>();
    List<String> raw = pageText.lines().toList();
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i).strip();
      if (!text.isEmpty()) {
        lines.add(new Line(i + 1, text));
      }
    }
    int start = headerEnd(lines);
    RowAssembler rows = new RowAssembler(columns);
    int textColumns = columns.size() - keyCount;
    int i = start;
    while (i < lines.size()) {
      if (!isRowStart(lines, i)) {
        throw new PageFormatException(
            "line "
                + lines.get(i).number()
                + ": expected a row's status and code, found '"
                + lines.get(i).text()
                + "'");
      }
      int next = i + keyCount;
      while (next < lines.size() && !isRowStart(lines, next)) {
        next++;
      }
      List<String> cells = new ArrayList<>();
      for (int k = 0; k < keyCount; k++) {
        cells.add(lines.get(i + k).text());
      }
      List<String> texts = lines.subList(i + keyCount, next).stream().map(Line::text).toList();
      String where = "line " + lines.get(i).number();
      boolean catchAll = RowAssembler.isCatchAllLabel(cells.get(codeIndex()));
      cells.addAll(textCells(texts, textColumns, catchAll, where));
      rows.add(cells, where);
      i = next;
    }
    return rows.table();
  }

  private int codeIndex() {
    return RowAssembler.indexOf(columns, Field.CODE);
  }

  // The table starts after the first run of lines that spells the header labels in order.
  private int headerEnd(List<Line> lines) {
    outer:
    for (int i = 0; i + columns.size() <= lines.size(); i++) {
      for (int c = 0; c < columns.size(); c++) {
        if (!lines.get(i + c).text().equals(columns.get(c).label())) {
          continue outer;
        }
      }
      return i + columns.size();
    }
    throw new PageFormatException(
        "no table header " + columns.stream().map(Column::label).toList());
  }

  private boolean isRowStart(List<Line> lines, int i) {
    if (i + keyCount > lines.size()) {
      return false;
    }
    for (int k = 0; k < keyCount; k++) {
      String text = lines.get(i + k).text();
      boolean looksRight =
          switch (columns.get(k).field()) {
            case STATUS -> RowAssembler.STATUS.matcher(text).matches();
            case CODE ->
                RowAssembler.CODE.matcher(text).matches() || RowAssembler.isCatchAllLabel(text);
            default -> false;
          };
      if (!looksRight) {
        return false;
      }
    }
    return true;
  }

  private static List<String> textCells(
      List<String> texts, int columnCount, boolean catchAll, String where) {
    List<List<String>> cells = new ArrayList<>();
    String previous = null;
    for (String text : texts) {
      if (previous != null && continuesNumberedList(previous, text)) {
        cells.get(cells.size() - 1).add(text);
      } else {
        cells.add(new ArrayList<>(List.of(text)));
      }
      previous = text;
    }
    while (cells.size() > columnCount) {
      List<String> extra = cells.remove(cells.size() - 1);
      cells.get(cells.size() - 1).addAll(extra);
    }
    if (cells.size() < columnCount && !catchAll) {
      // A code row with a missing cell cannot be placed reliably: stop rather than guess.
      throw new PageFormatException(
          where + ": " + cells.size() + " text cells for " + columnCount + " columns: " + texts);
    }
    List<String> joined = new ArrayList<>();
    for (List<String> cell : cells) {
      joined.add(String.join("\n", cell));
    }
    while (joined.size() < columnCount) {
      joined.add("");
    }
    return joined;
  }

  static boolean continuesNumberedList(String previous, String text) {
    Matcher before = NUMBERED.matcher(previous);
    Matcher now = NUMBERED.matcher(text);
    return before.find()
        && now.find()
        && Integer.parseInt(now.group(1)) == Integer.parseInt(before.group(1)) + 1;
  }
}
