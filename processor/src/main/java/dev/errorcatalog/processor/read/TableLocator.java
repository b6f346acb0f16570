package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Outcome;
import dev.errorcatalog.processor.diagnostic.Problem;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds a table by its resource path: first in the module's own resource directories, then through
 * the {@link Filer} in the source path, the class output (where Maven has already copied {@code
 * src/main/resources}) and the class path (dependency jars). Reads at most {@link
 * #MAX_TABLE_BYTES}, so that an absurd file gives an error instead of exhausting memory.
 */
public final class TableLocator {

  /** The largest table read, 64 MiB: a 100,000-code table is about a third of that. */
  public static final int MAX_TABLE_BYTES = 64 << 20;

  private static final List<FilerLocation> FILER_LOCATIONS =
      List.of(
          new FilerLocation(StandardLocation.SOURCE_PATH, "the source path"),
          new FilerLocation(StandardLocation.CLASS_OUTPUT, "the class output"),
          new FilerLocation(StandardLocation.CLASS_PATH, "the class path"));

  private final Filer filer;
  private final List<Path> resourceDirectories;

  /**
   * @param filer the compilation's filer
   * @param resourceDirectories directories searched first, such as the module's {@code
   *     src/main/resources}
   */
  public TableLocator(Filer filer, List<Path> resourceDirectories) {
    this.filer = filer;
    this.resourceDirectories = List.copyOf(resourceDirectories);
  }

  /**
   * Reads the table {@code path}; a problem on {@code culprit} when it is nowhere or unreadable.
   */
  public Outcome<TableFile> locate(String path, Culprit culprit) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    List<String> tried = new ArrayList<>();
    if (relative.isEmpty() || relative.endsWith("/")) {
      return Outcome.failed(Problem.of(Message.TABLE_PATH_NAMES_NO_FILE, culprit, path));
    }
    for (Path directory : resourceDirectories) {
      Path candidate = directory.resolve(relative).normalize();
      tried.add(candidate.toString());
      if (Files.isRegularFile(candidate)) {
        try (InputStream in = Files.newInputStream(candidate)) {
          return read(path, candidate.toUri().toString(), in, culprit);
        } catch (IOException e) {
          return unreadable(path, candidate.toString(), e, culprit);
        }
      }
    }
    for (FilerLocation location : FILER_LOCATIONS) {
      tried.add(location.description());
      FileObject file;
      try {
        file = filer.getResource(location.location(), "", relative);
      } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
        // Not there, or this compiler does not search that location (Eclipse's does not).
        continue;
      }
      try (InputStream in = file.openInputStream()) {
        return read(path, file.toUri().toString(), in, culprit);
      } catch (FileNotFoundException | NoSuchFileException e) {
        // Compilers hand out an object for a class-output file that does not exist: try the next.
      } catch (IOException e) {
        return unreadable(path, file.toUri().toString(), e, culprit);
      }
    }
    StringBuilder places = new StringBuilder();
    for (String place : tried) {
      places.append(System.lineSeparator()).append("  - ").append(place);
    }
    return Outcome.failed(Problem.of(Message.TABLE_NOT_FOUND, culprit, path, places));
  }

  private static Outcome<TableFile> read(
      String path, String origin, InputStream in, Culprit culprit) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > MAX_TABLE_BYTES) {
        return Outcome.failed(
            Problem.of(Message.TABLE_TOO_LARGE, culprit, path, MAX_TABLE_BYTES >> 20));
      }
      bytes.write(buffer, 0, n);
    }
    return Outcome.of(new TableFile(path, origin, bytes.toByteArray()), List.of());
  }

  private static Outcome<TableFile> unreadable(
      String path, String origin, IOException e, Culprit culprit) {
    return Outcome.failed(TableFile.unreadable(path, origin, e, culprit));
  }

  private record FilerLocation(JavaFileManager.Location location, String description) {}
}
