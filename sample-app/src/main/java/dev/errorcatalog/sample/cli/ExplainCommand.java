package dev.errorcatalog.sample.cli;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.ErrorCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain CODE [--catalog ID] [--locale TAG]}. */
@Command(
    name = "explain",
    description = {
      "Explains a documented error code: catalog, HTTP status, message, description and solution,"
          + " once per catalog that documents it.",
      "Exit code 1 when no catalog searched documents the code."
    })
final class ExplainCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private Selection selection;

  @Mixin
  @SuppressWarnings("UnusedVariable") // picocli reads the mixin by reflection
  private HelpOption help;

  @Parameters(
      index = "0",
      paramLabel = "CODE",
      description = "The error code exactly as documented, such as APIG.0301.")
  private String code;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ErrorCode> entries = selection.catalogs().resolve(code);
    if (!entries.isEmpty()) {
      EntryPrinter.print(out, code, entries, selection.locale());
      return CatalogCli.OK;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(code + ": not documented " + selection.where());
    if (selection.oneCatalog()) {
      List<ErrorCode> elsewhere = Selection.installed().resolve(code);
      if (!elsewhere.isEmpty()) {
        err.println(
            "It is documented in: "
                + elsewhere.stream().map(ErrorCode::catalog).collect(Collectors.joining(", ")));
      }
    }
    List<String> sameButCase =
        Selection.installed().catalogs().stream()
            .map(Catalog::entries)
            .flatMap(List::stream)
            .map(ErrorCode::code)
            .filter(documented -> documented.equalsIgnoreCase(code) && !documented.equals(code))
            .distinct()
            .toList();
    if (!sameButCase.isEmpty()) {
      err.println("Codes match exactly; did you mean " + String.join(" or ", sameButCase) + "?");
    }
    return CatalogCli.NOT_DOCUMENTED;
  }
}
