package dev.errorcatalog.sample.cli;

import dev.errorcatalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code catalogs}: the catalogs installed on the class path, as an aligned table of id, number of
 * codes, locales and title. A catalog jar put on the class path shows up here, with no code change.
 */
@Command(
    name = "catalogs",
    description =
        "Lists the installed catalogs (this app's and any catalog jar on the class path): id,"
            + " number of codes, locales and title.")
final class CatalogsCommand implements Callable<Integer> {

  private static final String[] HEADER = {"ID", "CODES", "LOCALES", "TITLE"};

  @Spec private CommandSpec spec;

  @Mixin
  @SuppressWarnings("UnusedVariable") // picocli reads the mixin by reflection
  private HelpOption help;

  @Override
  public Integer call() {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Catalog<?> catalog : Selection.installed().catalogs()) {
      rows.add(
          new String[] {
            catalog.id(),
            Integer.toString(catalog.entries().size()),
            catalog.locales().stream().map(Locale::toLanguageTag).collect(Collectors.joining(",")),
            catalog.title().orElse("-")
          });
    }
    ListCommand.print(spec.commandLine().getOut(), HEADER.length, rows);
    return CatalogCli.OK;
  }
}
