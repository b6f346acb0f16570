package dev.errorcatalog.catalogdata.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a pipe table (page 004): a header line of labels separated by {@code |}, a {@code |---|}
 * line, then one line per row. Every cell is one line of text; cells are trimmed of the blanks
 * around the pipes and otherwise kept as printed (an inline "1. ... 2. ..." list stays on its one
 * line). The table ends at the first blank line or the end of the page.
 */
final class PipeTableParser implements PageParser {

  private static final Pattern SEPARATOR = Pattern.compile("[|:\\- ]*-[|:\\- ]*");

  private final List<Column> columns;

  PipeTableParser(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  @Override
  public PageTable parse(String pageText) {
    List<String> lines = pageText.lines().toList();
    List<String> labels = columns.stream().map(Column::label).toList();
    int header = 0;
    while (header < lines.size()
        && !(lines.get(header).contains("|") && cells(lines.get(header)).equals(labels))) {
      header++;
    }
    if (header == lines.size()) {
      throw new PageFormatException("no pipe table with header " + labels);
    }
    if (header + 1 == lines.size() || !SEPARATOR.matcher(lines.get(header + 1).strip()).matches()) {
      throw new PageFormatException("line " + (header + 2) + ": expected |---| under the header");
    }
    RowAssembler rows = new RowAssembler(columns);
    for (int i = header + 2; i < lines.size() && !lines.get(i).isBlank(); i++) {
      String where = "line " + (i + 1);
      if (!lines.get(i).contains("|")) {
        throw new PageFormatException(where + ": not a table row: " + lines.get(i));
      }
      rows.add(cells(lines.get(i)), where);
    }
    return rows.table();
  }

  /** The cells of one line: outer pipes dropped, the text between pipes trimmed. */
  static List<String> cells(String line) {
    String inner = line.strip();
    if (inner.startsWith("|")) {
      inner = inner.substring(1);
    }
    if (inner.endsWith("|")) {
      inner = inner.substring(0, inner.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    for (String cell : Arrays.asList(inner.split("\\|", -1))) {
      cells.add(cell.strip());
    }
    return cells;
  }
}
