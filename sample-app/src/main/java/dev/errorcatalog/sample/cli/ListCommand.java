package dev.errorcatalog.sample.cli;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.ErrorCode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code list [--catalog ID] [--locale TAG]}: the codes as an aligned table. */
@Command(
    name = "list",
    description =
        "Lists the documented codes as a table: catalog, code, HTTP status and the first"
            + " line of the message.")
final class ListCommand implements Callable<Integer> {

  private static final String[] HEADER = {"CATALOG", "CODE", "STATUS", "MESSAGE"};

  /** Marks a message cut to its first line. */
  static final String MORE = " …";

  @Spec private CommandSpec spec;

  @Mixin private Selection selection;

  @Mixin
  @SuppressWarnings("UnusedVariable") // picocli reads the mixin by reflection
  private HelpOption help;

  @Override
  public Integer call() {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Catalog<?> catalog : selection.catalogs().catalogs()) {
      for (ErrorCode entry : catalog.entries()) {
        rows.add(
            new String[] {
              entry.catalog(),
              entry.code(),
              entry.httpStatus().isPresent()
                  ? Integer.toString(entry.httpStatus().getAsInt())
                  : "-",
              firstLine(entry.message(selection.locale()))
            });
      }
    }
    print(spec.commandLine().getOut(), HEADER.length, rows);
    return CatalogCli.OK;
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end) + MORE;
  }

  /**
   * Pads every column but the last to its widest cell, plus two spaces. Only the last column may
   * hold non-ASCII text, so padding by characters aligns the columns in a terminal too.
   */
  static void print(PrintWriter out, int columns, List<String[]> rows) {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns - 1; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns - 1; i++) {
        line.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      out.println(line.append(row[columns - 1]));
    }
  }
}
