package dev.errorcatalog.sample.cli;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ErrorResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code parse [FILE] [--catalog ID] [--locale TAG]}. */
@Command(
    name = "parse",
    description = {
      "Reads an error response body such as {\"error_code\": \"AIS.0014\", \"error_msg\": \"...\"}"
          + " from FILE, or from standard input without FILE or with -, and explains its code.",
      "The code and message received are always shown. Exit code 1 when no catalog searched"
          + " documents the code, 2 when the input is not such a body."
    })
final class ParseCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ParentCommand private CatalogCli cli;

  @Mixin private Selection selection;

  @Mixin
  @SuppressWarnings("UnusedVariable") // picocli reads the mixin by reflection
  private HelpOption help;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The body's file; standard input when absent or -.")
  private String file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = spec.qualifiedName();
    byte[] bytes;
    try {
      bytes =
          file == null || file.equals("-")
              ? cli.stdin().readAllBytes()
              : Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      err.println(name + ": no such file: " + file);
      return CatalogCli.USAGE;
    } catch (IOException | RuntimeException e) {
      err.println(
          name
              + ": cannot read "
              + (file == null ? "standard input" : file)
              + ": "
              + CatalogCli.oneLine(String.valueOf(e.getMessage())));
      return CatalogCli.USAGE;
    }
    ErrorResponse body;
    try {
      body = ErrorResponseReader.read(bytes);
    } catch (ErrorResponseReader.InvalidBodyException e) {
      err.println(name + ": " + e.getMessage());
      return CatalogCli.USAGE;
    }

    // The raw code and message first, whatever the catalogs say.
    EntryPrinter.field(out, "error_code", body.errorCode());
    EntryPrinter.field(out, "error_msg", body.errorMsg() == null ? "(none)" : body.errorMsg());
    out.println();

    List<ErrorCode> entries = new ArrayList<>();
    for (Catalog<?> catalog : selection.catalogs().catalogs()) {
      body.resolve(catalog::lookup).entry().ifPresent(entries::add);
    }
    if (entries.isEmpty()) {
      out.println(body.errorCode() + ": not documented " + selection.where());
      return CatalogCli.NOT_DOCUMENTED;
    }
    EntryPrinter.print(out, body.errorCode(), entries, selection.locale());
    return CatalogCli.OK;
  }
}
