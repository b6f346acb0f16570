package dev.errorcatalog.processor.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Outcome;
import dev.errorcatalog.processor.diagnostic.Problem;
import dev.errorcatalog.processor.diagnostic.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an RFC 4180 CSV table with Jackson's CSV parser: a header row naming {@code code}, {@code
 * message} and optionally {@code status}, {@code category}, {@code description}, {@code solution}
 * and localized columns such as {@code message@zh-CN}, then one row per code. Quoted cells may span
 * lines; their line breaks are normalized to {@code \n} so that a checkout with Windows line
 * endings generates the same catalog. The catalog id is the file's base name.
 *
 * <p>Lines starting with {@code #} before the header carry the table's metadata, one {@code # key:
 * value} per line, with the keys {@code title}, {@code source}, {@code note} and {@code docs} (the
 * documentation URL template). The optional columns {@code docs}, {@code deprecated} and {@code
 * replacedBy} give a code's own documentation URL and its deprecation.
 */
public final class CsvTableReader {

  private static final CsvFactory FACTORY = new CsvFactory();

  /** Reads {@code text}, the decoded content of {@code file}. */
  public Outcome<RawTable> read(TableFile file, String text, Culprit culprit) {
    List<Problem> problems = new ArrayList<>();
    Metadata metadata = Metadata.read(file.path(), text, culprit, problems);
    Session session = new Session(file.path(), culprit, metadata.lines(), problems);
    try (CsvParser parser = FACTORY.createParser(text.substring(metadata.length()))) {
      parser.setSchema(CsvSchema.emptySchema());
      parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      List<RawEntry> entries = session.readRows(parser);
      if (entries == null || Problem.anyError(problems)) {
        return Outcome.failed(problems);
      }
      return Outcome.of(
          new RawTable(
              file.path(),
              file.baseName(),
              metadata.get(TableColumns.TITLE),
              metadata.get(TableColumns.SOURCE),
              metadata.get(TableColumns.NOTE),
              entries,
              metadata.value(file.path(), TableColumns.DOCS)),
          problems);
    } catch (JacksonException e) {
      SourcePosition where = session.position(e.getLocation());
      problems.add(
          session.rowStart == null
              ? Problem.at(Message.MALFORMED_CSV, culprit, where, e.getOriginalMessage())
              : Problem.at(
                  Message.MALFORMED_CSV_ROW,
                  culprit,
                  where,
                  session.rowStart,
                  e.getOriginalMessage()));
      return Outcome.failed(problems);
    } catch (IOException e) {
      problems.add(file.unreadable(e, culprit));
      return Outcome.failed(problems);
    }
  }

  /** A header column: a base field and, for texts, an optional language tag. */
  private record Column(String name, String field, String localeTag) {}

  /** The {@code # key: value} lines before the header. */
  private record Metadata(
      Map<String, String> values, Map<String, Integer> lineOf, int lines, int length) {

    static Metadata read(String path, String text, Culprit culprit, List<Problem> problems) {
      Map<String, String> values = new HashMap<>();
      Map<String, Integer> lineOf = new HashMap<>();
      int lines = 0;
      int offset = 0;
      while (offset < text.length() && text.charAt(offset) == '#') {
        int end = text.indexOf('\n', offset);
        int next = end < 0 ? text.length() : end + 1;
        String line = text.substring(offset + 1, end < 0 ? text.length() : end).strip();
        lines++;
        int colon = line.indexOf(':');
        String key = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (!TableColumns.METADATA_KEYS.contains(key)) {
          problems.add(
              Problem.at(Message.CSV_METADATA_LINE, culprit, SourcePosition.of(path, lines)));
        } else if (values.putIfAbsent(key, line.substring(colon + 1).strip()) != null) {
          problems.add(
              Problem.at(Message.CSV_METADATA_TWICE, culprit, SourcePosition.of(path, lines), key));
        }
        lineOf.putIfAbsent(key, lines);
        offset = next;
      }
      return new Metadata(values, lineOf, lines, offset);
    }

    Optional<String> get(String key) {
      return Optional.ofNullable(values.get(key));
    }

    /** The value of {@code key} with its line, for messages about the value. */
    Optional<RawValue> value(String path, String key) {
      return get(key).map(value -> new RawValue(value, SourcePosition.of(path, lineOf.get(key))));
    }
  }

  /** The state of reading one table's rows. */
  private static final class Session {
    private final String path;
    private final Culprit culprit;
    private final int lineOffset;
    private final List<Problem> problems;

    /** Where the row being read starts, for errors the parser reports only at their end. */
    private SourcePosition rowStart;

    Session(String path, Culprit culprit, int lineOffset, List<Problem> problems) {
      this.path = path;
      this.culprit = culprit;
      this.lineOffset = lineOffset;
      this.problems = problems;
    }

    /** The rows after the header, or {@code null} when the header is unusable. */
    List<RawEntry> readRows(CsvParser parser) throws IOException {
      // WRAP_AS_ARRAY makes the file one array of row arrays.
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        problems.add(Problem.at(Message.CSV_NO_HEADER, culprit, position(lineOffset + 1, 0)));
        return null;
      }
      List<Cell> header = nextRow(parser);
      while (header != null && isBlank(header)) {
        header = nextRow(parser); // blank lines before the header, as after metadata lines
      }
      if (header == null) {
        problems.add(Problem.at(Message.CSV_NO_HEADER, culprit, position(lineOffset + 1, 0)));
        return null;
      }
      List<Column> columns = columns(header);
      if (columns == null) {
        return null;
      }
      List<RawEntry> entries = new ArrayList<>();
      for (List<Cell> row; (row = nextRow(parser)) != null; ) {
        if (isBlank(row)) {
          continue;
        }
        SourcePosition start = row.get(0).position();
        if (row.size() > columns.size()) {
          problems.add(
              Problem.at(
                  Message.CSV_ROW_TOO_LONG,
                  culprit,
                  row.get(columns.size()).position(),
                  row.size(),
                  columns.size()));
          continue;
        }
        entries.add(entry(start, columns, row));
      }
      return entries;
    }

    private RawEntry entry(SourcePosition start, List<Column> columns, List<Cell> row) {
      RawValue code = null;
      RawValue status = null;
      RawValue category = null;
      RawValue docs = null;
      RawValue deprecated = null;
      RawValue replacedBy = null;
      List<RawText> texts = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        Cell cell = row.get(i);
        Column column = columns.get(i);
        if (cell.text().isEmpty()) {
          continue; // an empty cell means "not given", also for status
        }
        RawValue value = new RawValue(cell.text(), cell.position());
        switch (column.field()) {
          case TableColumns.CODE -> code = value;
          case TableColumns.STATUS -> status = value;
          case TableColumns.CATEGORY -> category = value;
          case TableColumns.DOCS -> docs = value;
          case TableColumns.DEPRECATED -> deprecated = value;
          case TableColumns.REPLACED_BY -> replacedBy = value;
          default ->
              texts.add(
                  new RawText(
                      TextField.ofKey(column.field()),
                      column.localeTag(),
                      cell.text(),
                      cell.position()));
        }
      }
      return new RawEntry(start, code, status, category, texts, docs, deprecated, replacedBy);
    }

    private List<Column> columns(List<Cell> header) {
      List<Column> columns = new ArrayList<>();
      Map<String, Cell> seen = new HashMap<>();
      boolean valid = true;
      for (Cell cell : header) {
        String name = cell.text();
        Cell earlier = seen.putIfAbsent(name, cell);
        if (earlier != null) {
          valid = false;
          problems.add(
              Problem.at(
                  Message.CSV_COLUMN_TWICE, culprit, cell.position(), earlier.position(), name));
          continue;
        }
        Column column = column(name);
        if (column == null) {
          valid = false;
          problems.add(Problem.at(Message.CSV_UNKNOWN_COLUMN, culprit, cell.position(), name));
          continue;
        }
        columns.add(column);
      }
      if (!seen.containsKey(TableColumns.CODE)) {
        valid = false;
        problems.add(Problem.at(Message.CSV_NO_CODE_COLUMN, culprit, header.get(0).position()));
      }
      if (columns.stream().noneMatch(column -> column.field().equals(TextField.MESSAGE.key()))) {
        valid = false;
        problems.add(Problem.at(Message.CSV_NO_MESSAGE_COLUMN, culprit, header.get(0).position()));
      }
      return valid ? columns : null;
    }

    private static Column column(String name) {
      int at = name.indexOf(TableColumns.LOCALE_SEPARATOR);
      String field = at < 0 ? name : name.substring(0, at);
      String tag = at < 0 ? null : name.substring(at + 1);
      boolean text = TextField.ofKey(field) != null;
      boolean plain = TableColumns.PLAIN_ENTRY_FIELDS.contains(field);
      if ((text && (tag == null || !tag.isEmpty())) || (plain && tag == null)) {
        return new Column(name, field, tag);
      }
      return null;
    }

    private static boolean isBlank(List<Cell> row) {
      return row.stream().allMatch(cell -> cell.text().isEmpty());
    }

    /** The next row's cells, or {@code null} at the end of the file. */
    private List<Cell> nextRow(CsvParser parser) throws IOException {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      rowStart = null;
      List<Cell> cells = new ArrayList<>();
      while (parser.nextToken() == JsonToken.VALUE_STRING) {
        String text = parser.getText().replace("\r\n", "\n").replace('\r', '\n');
        Cell cell = new Cell(text, position(parser.currentTokenLocation()));
        if (rowStart == null) {
          rowStart = cell.position();
        }
        cells.add(cell);
      }
      return cells.isEmpty()
          ? List.of(new Cell("", position(parser.currentTokenLocation())))
          : cells;
    }

    SourcePosition position(JsonLocation location) {
      if (location == null) {
        return SourcePosition.of(path);
      }
      return position(location.getLineNr() + lineOffset, location.getColumnNr());
    }

    private SourcePosition position(int line, int column) {
      return new SourcePosition(path, line, column);
    }
  }

  /** One cell's text and where it starts. */
  private record Cell(String text, SourcePosition position) {}
}
