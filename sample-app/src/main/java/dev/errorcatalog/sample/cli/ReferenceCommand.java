package dev.errorcatalog.sample.cli;

import dev.errorcatalog.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
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

  @Mixin
  @SuppressWarnings("UnusedVariable") // picocli reads the mixin by reflection
  private HelpOption help;

  @Parameters(
      index = "0",
      paramLabel = "CATALOG",
      converter = Selection.CatalogConverter.class,
      completionCandidates = Selection.CatalogIds.class,
      description = "The catalog: ${COMPLETION-CANDIDATES}.")
  private Catalog<?> catalog;

  @Override
  public Integer call() {
    byte[] page =
        page(catalog)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "catalog '"
                            + catalog.id()
                            + "' has no reference page (it was compiled with"
                            + " -Aerrorcatalog.html=false)"));
    // The page is ASCII (the processor writes every other character as a reference).
    spec.commandLine().getOut().print(new String(page, StandardCharsets.US_ASCII));
    return CatalogCli.OK;
  }

  /**
   * The reference page the processor wrote beside the catalog's bundles, {@code NAME.html} in the
   * catalog type's package, read through the loader of the catalog's class: the page lies in the
   * same jar, whichever jar that is.
   *
   * @return the page's bytes, or empty where the catalog was compiled without one
   * @throws UncheckedIOException if the page is there but cannot be read
   */
  static Optional<byte[]> page(Catalog<?> catalog) {
    String name = catalog.bundleBaseName().replace('.', '/') + ".html";
    ClassLoader loader = catalog.getClass().getClassLoader();
    try (InputStream in =
        loader == null
            ? ClassLoader.getSystemResourceAsStream(name)
            : loader.getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
