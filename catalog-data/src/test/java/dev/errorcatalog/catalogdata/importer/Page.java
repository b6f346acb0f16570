package dev.errorcatalog.catalogdata.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One source page and the catalog made from it.
 *
 * @param file the page text's file name in {@code src/docs/pages}
 * @param catalog the catalog id: the table's file base name
 * @param format the table format written for it
 * @param title the service the page documents, written as the table's {@code title}
 * @param pageTitle the page's own title, as its reader sees it above the text
 * @param layout how the page lays its table out
 * @param columns the page's columns, in the order it prints them
 */
record Page(
    String file,
    String catalog,
    Format format,
    String title,
    String pageTitle,
    Layout layout,
    List<Column> columns) {

  Page {
    columns = List.copyOf(columns);
  }

  // What the page text says about itself: the update line of the published page, and the name
  // of the published HTML file that reStructuredText sources record.
  private static final Pattern UPDATED = Pattern.compile("^Updated on (\\S.*)$", Pattern.MULTILINE);
  private static final Pattern ORIGINAL_NAME =
      Pattern.compile("^:original_name: (\\S+)$", Pattern.MULTILINE);

  /**
   * The table's {@code source}: the page as its reader knows it, never a file of this repository.
   * The service, the page title, the page's published file name and its update date where the page
   * text gives them, e.g. {@code Optical Character Recognition (OCR), Huawei Cloud page "Error
   * Codes" (ocr_03_0028.html)}.
   */
  String source(String pageText) {
    StringBuilder source = new StringBuilder(title).append(", Huawei Cloud page \"");
    source.append(pageTitle).append('"');
    Matcher name = ORIGINAL_NAME.matcher(pageText);
    if (name.find()) {
      source.append(" (").append(name.group(1)).append(')');
    }
    Matcher updated = UPDATED.matcher(pageText);
    if (updated.find()) {
      source.append(", updated on ").append(updated.group(1).strip());
    }
    return source.toString();
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
