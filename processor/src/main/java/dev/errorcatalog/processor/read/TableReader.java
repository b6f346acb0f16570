package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Outcome;
import dev.errorcatalog.processor.diagnostic.Problem;
import dev.errorcatalog.processor.diagnostic.SourcePosition;
import java.util.List;

/** Decodes a located table and hands it to the reader of its format. */
public final class TableReader {

  private final JsonTableReader json = new JsonTableReader();
  private final CsvTableReader csv = new CsvTableReader();

  /** The raw table in {@code file}, or the problems that prevent reading it. */
  public Outcome<RawTable> read(TableFile file, Culprit culprit) {
    TableFormat format = file.format();
    if (format == TableFormat.UNSUPPORTED) {
      return Outcome.failed(Problem.of(Message.UNSUPPORTED_FORMAT, culprit, file.path()));
    }
    Outcome<String> text = TableText.decode(file, culprit);
    if (text.value().isEmpty()) {
      return Outcome.failed(text.problems());
    }
    Outcome<RawTable> table =
        format == TableFormat.JSON
            ? json.read(file, text.value().get(), culprit)
            : csv.read(file, text.value().get(), culprit);
    if (table.value().isPresent() && table.value().get().entries().isEmpty()) {
      return Outcome.<RawTable>failed(table.problems())
          .withProblems(
              List.of(Problem.at(Message.TABLE_EMPTY, culprit, SourcePosition.of(file.path()))));
    }
    return table;
  }
}
