package dev.errorcatalog.catalogdata.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Regenerates catalog-data's tables from the page texts in {@code src/docs/pages}, applying the
 * corrections in {@code src/docs/overrides.json}. Run from the root directory:
 *
 * <pre>mvn -q -pl catalog-data test-compile exec:java</pre>
 *
 * <p>The tables are committed; a test fails when they differ from a fresh import.
 */
public final class CatalogImporter {

  /** The page texts, relative to the module directory. */
  public static final String PAGES_DIR = "src/docs/pages";

  /** The overrides file, relative to the module directory. */
  public static final String OVERRIDES_FILE = "src/docs/overrides.json";

  /** Where the tables go, relative to the module directory. */
  public static final String TABLES_DIR = "src/main/resources/errorcatalog/huaweicloud";

  private CatalogImporter() {}

  /** Writes the tables; the one argument is the catalog-data module directory (default "."). */
  public static void main(String[] args) throws IOException {
    Path module = Path.of(args.length > 0 ? args[0] : ".");
    Map<String, byte[]> tables = importAll(module);
    Path dir = module.resolve(TABLES_DIR);
    Files.createDirectories(dir);
    try (Stream<Path> existing = Files.list(dir)) {
      for (Path stale :
          existing.filter(p -> !tables.containsKey(p.getFileName().toString())).toList()) {
        Files.delete(stale);
        System.out.println("deleted " + stale);
      }
    }
    for (Map.Entry<String, byte[]> table : tables.entrySet()) {
      Files.write(dir.resolve(table.getKey()), table.getValue());
    }
    System.out.println("wrote " + tables.size() + " tables to " + dir);
  }

  /** The tables, freshly imported: file name to bytes, in page order. */
  public static Map<String, byte[]> importAll(Path module) throws IOException {
    Overrides overrides = Overrides.read(module.resolve(OVERRIDES_FILE));
    Map<String, byte[]> tables = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Page page : Pages.ALL) {
      String text =
          Files.readString(module.resolve(PAGES_DIR).resolve(page.file()), StandardCharsets.UTF_8);
      PageTable table;
      try {
        table = overrides.apply(page.catalog(), page.parser().parse(text));
      } catch (PageFormatException e) {
        problems.add(page.file() + ": " + e.getMessage());
        continue;
      }
      tables.put(
          page.tableFile(),
          switch (page.format()) {
            case JSON -> JsonTableWriter.write(page, page.source(text), table);
            case CSV -> CsvTableWriter.write(page, page.source(text), table);
          });
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("import failed:\n" + String.join("\n", problems));
    }
    overrides.checkAllUsed();
    return tables;
  }
}
