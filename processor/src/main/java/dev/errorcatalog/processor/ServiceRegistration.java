package dev.errorcatalog.processor;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Problem;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Registers the generated catalogs for {@code ServiceLoader}: collects each catalog's provider
 * class over every round, then writes {@value #PATH} in the class output once, at the end of
 * processing, merged with the entries the file already has (other catalogs of the same module from
 * an earlier compilation, a user's own providers copied from {@code src/main/resources}). Entries
 * are sorted and each is listed once, so the file is the same whatever the order of compilation.
 */
final class ServiceRegistration {

  /** The service type, {@code dev.errorcatalog.Catalog}. */
  static final String SERVICE = "dev.errorcatalog.Catalog";

  /** The provider-configuration file of {@link #SERVICE}. */
  static final String PATH = "META-INF/services/" + SERVICE;

  private final SortedSet<String> providers = new TreeSet<>();

  /** Package names rather than elements: elements are not kept across rounds. */
  private final SortedSet<String> origins = new TreeSet<>();

  /**
   * Records a generated catalog.
   *
   * @param provider the binary name of its provider class
   * @param packageName the annotated package, the file's originating element
   */
  void register(String provider, String packageName) {
    providers.add(provider);
    origins.add(packageName);
  }

  /**
   * Writes the merged file, when any catalog was registered.
   *
   * @return the {@code write-failed} problem when the file could not be read or written
   */
  Optional<Problem> write(Filer filer, Elements elements) {
    if (providers.isEmpty()) {
      return Optional.empty();
    }
    SortedSet<String> all = new TreeSet<>(providers);
    try {
      all.addAll(existing(filer));
      List<Element> originating = new ArrayList<>();
      for (String name : origins) {
        PackageElement element = elements.getPackageElement(name);
        if (element != null) {
          originating.add(element);
        }
      }
      FileObject file =
          filer.createResource(
              StandardLocation.CLASS_OUTPUT, "", PATH, originating.toArray(new Element[0]));
      try (OutputStream out = file.openOutputStream()) {
        out.write(render(all).getBytes(StandardCharsets.UTF_8));
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.of(
          Problem.of(Message.WRITE_FAILED, Culprit.ANNOTATION, PATH, e.getMessage()));
    }
  }

  /** The entries of the file already in the class output; none when there is no such file. */
  private static List<String> existing(Filer filer) throws IOException {
    FileObject file;
    try {
      file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
    } catch (FileNotFoundException | NoSuchFileException | IllegalArgumentException e) {
      return List.of(); // some compilers refuse to even name a file that is not there
    }
    try (InputStream in = file.openInputStream()) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (FileNotFoundException | NoSuchFileException e) {
      return List.of();
    }
  }

  /**
   * The provider names of a provider-configuration file: one per line, {@code #} starting a
   * comment, blanks ignored, as {@code ServiceLoader} reads it.
   */
  static List<String> parse(String content) {
    List<String> names = new ArrayList<>();
    for (String line : content.split("\\R", -1)) {
      int comment = line.indexOf('#');
      String name = (comment < 0 ? line : line.substring(0, comment)).strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  /** The file's content: a header comment, then one provider a line. */
  static String render(SortedSet<String> providers) {
    StringBuilder text =
        new StringBuilder(
            "# Error Catalog: the catalogs of this module, for java.util.ServiceLoader.\n");
    providers.forEach(provider -> text.append(provider).append('\n'));
    return text.toString();
  }
}
