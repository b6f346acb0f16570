package dev.errorcatalog.sample.cli;

import dev.errorcatalog.sample.HuaweiCloudCatalogs.Catalog;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reference CATALOG}: the catalog's reference page (HTML) on standard output. */
@Command(
    name = "reference",
    description = {
      "Writes a catalog's reference page to standard output: one self-contained HTML page of"
          + " every code, with a filter box, as generated beside the catalog at compile time.",
      "Example: reference ocr > ocr.html"
    })
final class ReferenceCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  @SuppressWarnings("UnusedVariable") // picocli sets and reads it by reflection
  private boolean help;

  @Parameters(
      index = "0",
      paramLabel = "CATALOG",
      converter = Selection.CatalogConverter.class,
      completionCandidates = Selection.CatalogIds.class,
      description = "The catalog: ${COMPLETION-CANDIDATES}.")
  private Catalog catalog;

  @Override
  public Integer call() {
    // The page is ASCII (the processor writes every other character as a reference).
    spec.commandLine()
        .getOut()
        .print(new String(catalog.referencePage(), StandardCharsets.US_ASCII));
    return CatalogCli.OK;
  }
}
