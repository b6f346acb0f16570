package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Expected generated files under {@code src/test/resources/golden}. Run the tests with {@code
 * -Derrorcatalog.updateGolden=true} to rewrite them on purpose after a deliberate change to the
 * generated code, then review the diff.
 */
final class GoldenFiles {

  private static final boolean UPDATE = Boolean.getBoolean("errorcatalog.updateGolden");
  private static final Path SOURCE_DIRECTORY = Path.of("src", "test", "resources", "golden");

  private GoldenFiles() {}

  /** When updating, deletes the files of golden directory {@code directory}, to write anew. */
  static void clearWhenUpdating(String directory) {
    Path root = SOURCE_DIRECTORY.resolve(directory);
    if (!UPDATE || !Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> files = Files.list(root)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The names of the files in golden directory {@code directory}, read from the sources (the build
   * copies resources to the class path, and never deletes a copy).
   */
  static Set<String> list(String directory) {
    Path root = SOURCE_DIRECTORY.resolve(directory);
    try (Stream<Path> files = Files.list(root)) {
      return files
          .map(file -> file.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that {@code actual} equals the golden file {@code name}, byte for byte. */
  static void assertMatches(String name, byte[] actual) {
    if (UPDATE) {
      try {
        Path target = SOURCE_DIRECTORY.resolve(name);
        Files.createDirectories(target.getParent());
        Files.write(target, actual);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    byte[] expected;
    try (InputStream in = GoldenFiles.class.getResourceAsStream("/golden/" + name)) {
      assertWithMessage(
              "golden file %s exists (create it with -Derrorcatalog.updateGolden=true)", name)
          .that(in)
          .isNotNull();
      expected = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertWithMessage("generated %s (regenerate with -Derrorcatalog.updateGolden=true)", name)
        .that(new String(actual, StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
  }
}
