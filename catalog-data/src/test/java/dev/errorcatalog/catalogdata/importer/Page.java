package dev.errorcatalog.catalogdata.importer;

import java.util.List;

/**
 * One source page and the catalog made from it.
 *
 * @param file the page text's file name in {@code src/docs/pages}
 * @param catalog the catalog id: the table's file base name
 * @param format the table format written for it
 * @param title the service the page documents, written as the table's {@code title}
 * @param source where the table came from, written as the table's {@code source}
 * @param layout how the page lays its table out
 * @param columns the page's columns, in the order it prints them
 */
record Page(
    String file,
    String catalog,
    Format format,
    String title,
    String source,
    Layout layout,
    List<Column> columns) {

  Page {
    columns = List.copyOf(columns);
  }

  /** The table file name, e.g. {@code ocr.json}. */
  String tableFile() {
    return catalog + "." + format.extension;
  }

  /** A parser for this page's layout and columns. */
  PageParser parser() {
    return layout.parser(columns);
  }

  /** The table formats of the catalog-data jar. */
  enum Format {
    JSON("json"),
    CSV("csv");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  /** The three layouts the pages use, each with its parser. */
  enum Layout {
    VERTICAL_LIST,
    GRID_TABLE,
    PIPE_TABLE;

    PageParser parser(List<Column> columns) {
      return switch (this) {
        case VERTICAL_LIST -> new VerticalListParser(columns);
        case GRID_TABLE -> new GridTableParser(columns);
        case PIPE_TABLE -> new PipeTableParser(columns);
      };
    }
  }
}
