package dev.errorcatalog.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;

/**
 * The directories searched for tables before the compiler's own locations: those named by the
 * option {@code -Aerrorcatalog.resourceDirs} (separated by the platform's path separator), then
 * the {@code resources} directory beside the source root of the annotated {@code package-info.java}
 * ({@code src/main/java} gives {@code src/main/resources}), which javac can name but a build may
 * not have put on the class path yet (Gradle keeps resources apart from the compile class path).
 */
final class ResourceDirectories {

  /** The compiler option naming extra table directories. */
  static final String OPTION = "errorcatalog.resourceDirs";

  private ResourceDirectories() {}

  static List<Path> of(ProcessingEnvironment env, PackageElement element) {
    Set<Path> directories = new LinkedHashSet<>();
    String option = env.getOptions().get(OPTION);
    if (option != null) {
      for (String directory : option.split(File.pathSeparator)) {
        if (!directory.isBlank()) {
          directories.add(Path.of(directory.strip()).toAbsolutePath().normalize());
        }
      }
    }
    besideSourceRoot(env, element).ifPresent(directories::add);
    return new ArrayList<>(directories);
  }

  private static Optional<Path> besideSourceRoot(
      ProcessingEnvironment env, PackageElement element) {
    try {
      TreePath path = Trees.instance(env).getPath(element);
      CompilationUnitTree unit = path == null ? null : path.getCompilationUnit();
      URI uri = unit == null ? null : unit.getSourceFile().toUri();
      if (uri == null || !"file".equals(uri.getScheme())) {
        return Optional.empty();
      }
      Path directory = Path.of(uri).getParent();
      String name = element.getQualifiedName().toString();
      for (int i = 0; !name.isEmpty() && i <= name.length() - name.replace(".", "").length(); i++) {
        directory = directory == null ? null : directory.getParent();
      }
      if (directory == null || directory.getParent() == null) {
        return Optional.empty();
      }
      Path resources = directory.resolveSibling("resources");
      return Files.isDirectory(resources)
          ? Optional.of(resources.toAbsolutePath().normalize())
          : Optional.empty();
    } catch (RuntimeException | LinkageError e) {
      // Not javac (Eclipse has no Trees), or no tree for this element: rely on the class path.
      return Optional.empty();
    }
  }
}
