package dev.errorcatalog.catalogdata.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a reStructuredText grid table (page 003): {@code +---+} borders, {@code |} between cells,
 * {@code +===+} under the header. Cells span several lines; spanning cells are not supported (page
 * 003 has none) and stop the import.
 *
 * <p>A cell's text is what the published page shows, not its reStructuredText source: see {@link
 * ReaderText} (markup removed, one line per paragraph and list item, bullets as {@code "- "}).
 *
 * <p>An empty category cell continues the category above it: the page groups rows by category and
 * prints it only on the group's first row.
 */
final class GridTableParser implements PageParser {

  private static final Pattern BORDER = Pattern.compile("\\+(-+\\+)+");
  private static final Pattern HEADER_BORDER = Pattern.compile("\\+(=+\\+)+");

  private final List<Column> columns;

  GridTableParser(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  @Override
  public PageTable parse(String pageText) {
    List<String> lines = pageText.lines().toList();
    int top = 0;
    while (top < lines.size() && !BORDER.matcher(lines.get(top)).matches()) {
      top++;
    }
    if (top == lines.size()) {
      throw new PageFormatException("no grid table");
    }
    int[] bounds = boundaries(lines.get(top));
    if (bounds.length - 1 != columns.size()) {
      throw new PageFormatException(
          "line "
              + (top + 1)
              + ": "
              + (bounds.length - 1)
              + " columns, expected "
              + columns.size());
    }

    boolean headerSeen = false;
    RowAssembler rows = new RowAssembler(columns);
    int categoryColumn = RowAssembler.indexOf(columns, Field.CATEGORY);
    String category = null;
    int i = top + 1;
    while (i < lines.size() && lines.get(i).startsWith("|")) {
      int rowStart = i;
      List<List<String>> cellLines = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        cellLines.add(new ArrayList<>());
      }
      while (i < lines.size() && lines.get(i).startsWith("|")) {
        String line = lines.get(i);
        for (int c = 0; c < columns.size(); c++) {
          checkChar(line, bounds[c], '|', i);
          cellLines.get(c).add(line.substring(bounds[c] + 1, bounds[c + 1]));
        }
        checkChar(line, bounds[columns.size()], '|', i);
        i++;
      }
      if (i == lines.size()) {
        throw new PageFormatException("line " + (i + 1) + ": the table ends without a border");
      }
      String border = lines.get(i);
      boolean headerBorder = HEADER_BORDER.matcher(border).matches();
      if (!headerBorder && !BORDER.matcher(border).matches()) {
        throw new PageFormatException("line " + (i + 1) + ": expected a row border: " + border);
      }
      for (int b : bounds) {
        checkChar(border, b, '+', i);
      }
      i++;

      List<String> cells = cellLines.stream().map(ReaderText::ofCell).toList();
      if (!headerSeen) {
        if (!headerBorder) {
          throw new PageFormatException(
              "line " + (rowStart + 1) + ": the header row must end in +===+");
        }
        headerSeen = true;
        List<String> labels = columns.stream().map(Column::label).toList();
        if (!cells.equals(labels)) {
          throw new PageFormatException(
              "line " + (rowStart + 1) + ": header " + cells + ", expected " + labels);
        }
        continue;
      }
      if (categoryColumn >= 0) {
        List<String> carried = new ArrayList<>(cells);
        if (carried.get(categoryColumn).isEmpty()) {
          if (category == null) {
            throw new PageFormatException(
                "line " + (rowStart + 1) + ": the first row has no category");
          }
          carried.set(categoryColumn, category);
        }
        category = carried.get(categoryColumn);
        cells = carried;
      }
      rows.add(cells, "line " + (rowStart + 1));
    }
    if (!headerSeen) {
      throw new PageFormatException("line " + (top + 1) + ": a grid table without a header");
    }
    return rows.table();
  }

  private static int[] boundaries(String border) {
    List<Integer> plus = new ArrayList<>();
    for (int i = 0; i < border.length(); i++) {
      if (border.charAt(i) == '+') {
        plus.add(i);
      }
    }
    return plus.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void checkChar(String line, int position, char expected, int index) {
    if (position >= line.length() || line.charAt(position) != expected) {
      throw new PageFormatException(
          "line "
              + (index + 1)
              + ": expected '"
              + expected
              + "' at column "
              + (position + 1)
              + " (a spanning cell or a misaligned row)");
    }
  }
}
