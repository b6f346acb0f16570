package dev.errorcatalog.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;

/**
 * The directories searched for tables before the compiler's own locations: those named by the
 * option {@code -Aerrorcatalog.resourceDirs} (separated by the platform's path separator), then the
 * {@code resources} directory beside the source root of the annotated {@code package-info.java}
 * ({@code src/main/java} gives {@code src/main/resources}), which a build may not have put on the
 * class path yet (Gradle keeps resources apart from the compile class path).
 */
final class ResourceDirectories {

  /** The compiler option naming extra table directories. */
  static final String OPTION = "errorcatalog.resourceDirs";

  private ResourceDirectories() {}

  static List<Path> of(ProcessingEnvironment env, PackageElement element) {
    Set<Path> directories = new LinkedHashSet<>();
    String option = env.getOptions().get(OPTION);
    if (option != null) {
      for (String directory : option.split(Pattern.quote(File.pathSeparator), -1)) {
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
    Optional<URI> source = sourceFileOf(env, element);
    if (source.isEmpty() || !"file".equals(source.get().getScheme())) {
      return Optional.empty();
    }
    Path directory = Path.of(source.get()).getParent();
    String name = element.getQualifiedName().toString();
    int segments = name.isEmpty() ? 0 : name.length() - name.replace(".", "").length() + 1;
    for (int i = 0; i < segments && directory != null; i++) {
      directory = directory.getParent();
    }
    if (directory == null || directory.getParent() == null) {
      return Optional.empty();
    }
    Path resources = directory.resolveSibling("resources");
    return Files.isDirectory(resources)
        ? Optional.of(resources.toAbsolutePath().normalize())
        : Optional.empty();
  }

  /**
   * The annotated {@code package-info.java}: through javac's tree API, else through {@code
   * Elements.getFileObjectOf} (Java 18 and later, which the Eclipse compiler implements too),
   * looked up at run time because the processor is built for Java 17.
   */
  private static Optional<URI> sourceFileOf(ProcessingEnvironment env, PackageElement element) {
    try {
      TreePath path = Trees.instance(env).getPath(element);
      CompilationUnitTree unit = path == null ? null : path.getCompilationUnit();
      if (unit != null) {
        return Optional.of(unit.getSourceFile().toUri());
      }
    } catch (RuntimeException | LinkageError e) {
      // not javac, or no tree for this element: try the Java 18 API
    }
    Elements elements = env.getElementUtils();
    try {
      // A method handle, not Class.getMethod: on a Java 17 runtime, reflection over the Eclipse
      // compiler's Elements fails on its methods that name newer JDK types.
      MethodHandle getFileObjectOf =
          MethodHandles.publicLookup()
              .findVirtual(
                  elements.getClass(),
                  "getFileObjectOf",
                  MethodType.methodType(JavaFileObject.class, Element.class));
      Object file = getFileObjectOf.invoke(elements, element);
      return file instanceof FileObject fileObject
          ? Optional.ofNullable(fileObject.toUri())
          : Optional.empty();
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      return Optional.empty(); // rely on the class path and -Aerrorcatalog.resourceDirs
    }
  }
}
