package dev.errorcatalog.processor;

import dev.errorcatalog.processor.declaration.CatalogDeclaration;
import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Outcome;
import dev.errorcatalog.processor.diagnostic.Problem;
import dev.errorcatalog.processor.generate.CatalogRenderer;
import dev.errorcatalog.processor.generate.GeneratedFile;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.CatalogBuilder;
import dev.errorcatalog.processor.read.RawTable;
import dev.errorcatalog.processor.read.TableFile;
import dev.errorcatalog.processor.read.TableLocator;
import dev.errorcatalog.processor.read.TableReader;
import dev.errorcatalog.processor.validate.CatalogValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps from one declaration to its files, in order: read every table, build the model,
 * validate it, render it. Each step collects its problems and the next runs only on a usable
 * result; nothing is rendered while any error stands.
 *
 * @param locator finds tables
 * @param validator checks whole catalogs
 * @param renderer renders valid catalogs
 */
record CatalogPipeline(TableLocator locator, CatalogValidator validator, CatalogRenderer renderer) {

  private static final TableReader READER = new TableReader();
  private static final CatalogBuilder BUILDER = new CatalogBuilder();

  /** The files of {@code declaration} with its warnings, or its problems. */
  Outcome<List<GeneratedFile>> run(CatalogDeclaration declaration) {
    List<Problem> problems = new ArrayList<>();
    List<RawTable> tables = new ArrayList<>();
    List<Culprit> culprits = new ArrayList<>();
    Map<String, Culprit> culpritByPath = new HashMap<>();
    for (int i = 0; i < declaration.sources().size(); i++) {
      String path = declaration.sources().get(i);
      Culprit culprit = Culprit.source(i);
      culpritByPath.put(path, culprit);
      Outcome<TableFile> file = locator.locate(path, culprit);
      problems.addAll(file.problems());
      if (file.value().isEmpty()) {
        continue;
      }
      Outcome<RawTable> table = READER.read(file.value().get(), culprit);
      problems.addAll(table.problems());
      table
          .value()
          .ifPresent(
              raw -> {
                tables.add(raw);
                culprits.add(culprit);
              });
    }
    if (Problem.anyError(problems)) {
      return Outcome.failed(problems);
    }

    Outcome<Catalog> built =
        BUILDER.build(
            declaration.packageName(),
            declaration.name(),
            declaration.defaultLocale(),
            tables,
            culprits);
    problems.addAll(built.problems());
    Optional<Catalog> catalog = built.value();
    if (catalog.isEmpty()) {
      return Outcome.failed(problems);
    }

    problems.addAll(
        validator.validate(
            catalog.get(), path -> culpritByPath.getOrDefault(path, Culprit.SOURCES)));
    if (Problem.anyError(problems)) {
      return Outcome.failed(problems);
    }
    return Outcome.of(renderer.render(catalog.get()), problems);
  }
}
