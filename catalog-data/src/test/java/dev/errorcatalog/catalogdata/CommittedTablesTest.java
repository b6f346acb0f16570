package dev.errorcatalog.catalogdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.catalogdata.importer.CatalogImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed tables are exactly what the importer makes of the committed page texts. */
class CommittedTablesTest {

  private static final String REGENERATE =
      "; regenerate with: mvn -q -pl catalog-data test-compile exec:java";

  @Test
  void committedTablesMatchAFreshImport() throws IOException {
    Map<String, byte[]> fresh = CatalogImporter.importAll(Path.of(""));
    for (Map.Entry<String, byte[]> table : fresh.entrySet()) {
      Path committed = CommittedTables.DIR.resolve(table.getKey());
      assertEquals(
          new String(table.getValue(), StandardCharsets.UTF_8),
          Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : null,
          table.getKey() + " differs from a fresh import" + REGENERATE);
      // Byte for byte as well: the string comparison above would hide a decoding difference.
      assertArrayEquals(
          table.getValue(),
          Files.readAllBytes(committed),
          table.getKey() + " differs from a fresh import" + REGENERATE);
    }
  }

  @Test
  void everyCommittedTableComesFromTheImport() throws IOException {
    Map<String, byte[]> fresh = CatalogImporter.importAll(Path.of(""));
    try (Stream<Path> files = Files.list(CommittedTables.DIR)) {
      assertEquals(
          new TreeSet<>(fresh.keySet()),
          new TreeSet<>(files.map(p -> p.getFileName().toString()).toList()),
          "table files" + REGENERATE);
    }
  }
}
