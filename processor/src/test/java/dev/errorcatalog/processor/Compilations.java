package dev.errorcatalog.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles test packages with the processor, through compile-testing, and loads the result. */
final class Compilations {

  private Compilations() {}

  /** A {@code package-info.java} of {@code pkg} carrying the given annotation source. */
  static JavaFileObject packageInfo(String pkg, String annotations) {
    return JavaFileObjects.forSourceString(
        pkg + ".package-info", annotations + "\npackage " + pkg + ";\n");
  }

  /** One {@code @ErrorCatalog} with a name and sources, as source text. */
  static String catalog(String name, String... sources) {
    StringBuilder text =
        new StringBuilder("@dev.errorcatalog.ErrorCatalog(name = \"")
            .append(name)
            .append("\", sources = {");
    for (int i = 0; i < sources.length; i++) {
      text.append(i == 0 ? "" : ", ").append('"').append(sources[i]).append('"');
    }
    return text.append("})").toString();
  }

  /** Compiles with the processor and the given {@code -A} options. */
  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac()
        .withProcessors(new ErrorCatalogProcessor())
        .withOptions(options)
        .compile(sources);
  }

  /** Compiles with the processor. */
  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** The option that adds {@code directory} to the table search. */
  static String resourceDirs(Path directory) {
    return "-A" + ResourceDirectories.OPTION + "=" + directory;
  }

  /**
   * A class loader over the compilation's class output (classes and bundles), written to {@code
   * directory} so that {@code ResourceBundle} finds the bundles as in a real build.
   */
  static URLClassLoader load(Compilation compilation, Path directory) {
    try {
      for (JavaFileObject file : compilation.generatedFiles()) {
        String uri = file.toUri().toString();
        int at = uri.indexOf("CLASS_OUTPUT/");
        if (at < 0) {
          continue;
        }
        Path target = directory.resolve(uri.substring(at + "CLASS_OUTPUT/".length()));
        byte[] bytes;
        try (InputStream in = file.openInputStream()) {
          bytes = in.readAllBytes();
        } catch (FileNotFoundException e) {
          continue; // looked for (a table probe) but never written
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
      }
      return new URLClassLoader(
          new URL[] {directory.toUri().toURL()}, Compilations.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The generated files of the compilation, by name, for listing in failures. */
  static List<String> generatedNames(Compilation compilation) {
    List<String> names = new ArrayList<>();
    compilation.generatedFiles().forEach(file -> names.add(file.toUri().toString()));
    return names;
  }
}
