package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.Catalogs;
import dev.errorcatalog.ErrorCode;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-path registry: the processor registers every catalog it generates in {@code
 * META-INF/services/dev.errorcatalog.Catalog}, keeping what the file already lists, and {@link
 * Catalogs#installed()} finds the catalogs of every jar on the class path.
 */
class CatalogRegistryTest {

  @TempDir Path work;

  @Test
  void registersEveryCatalogOfTheCompilationSortedOnce() throws IOException {
    Files.writeString(tables().resolve("a.csv"), "code,message\nA.1,One.\n");
    Compilation compilation =
        Compilations.compile(
            List.of(Compilations.resourceDirs(tables())),
            packageInfo("com.example.zulu", catalog("ZuluErrors", "a.csv")),
            packageInfo(
                "com.example.alpha",
                catalog("BetaErrors", "a.csv") + "\n" + catalog("AlphaErrors", "a.csv")));
    assertThat(compilation).succeededWithoutWarnings();

    assertThat(servicesFile(compilation))
        .isEqualTo(
            """
            # Error Catalog: the catalogs of this module, for java.util.ServiceLoader.
            com.example.alpha.AlphaErrors$Provider
            com.example.alpha.BetaErrors$Provider
            com.example.zulu.ZuluErrors$Provider
            """);
  }

  @Test
  void registersNoCatalogThatHasAnError() throws IOException {
    Files.writeString(tables().resolve("a.csv"), "code,message\nA.1,One.\n");
    Files.writeString(tables().resolve("bad.csv"), "code,message\nA.1,\n");
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path source =
        Files.createDirectories(work.resolve("src/com/example/mixed")).resolve("package-info.java");
    Files.writeString(
        source,
        catalog("BadErrors", "bad.csv")
            + "\n"
            + catalog("GoodErrors", "a.csv")
            + "\npackage com.example.mixed;\n");

    assertThat(compileInto(classes, source)).isFalse();

    assertThat(Files.readString(classes.resolve(ServiceRegistration.PATH)))
        .endsWith("\ncom.example.mixed.GoodErrors$Provider\n");
  }

  @Test
  void registersACatalogOfAPackageGeneratedInALaterRound() throws IOException {
    Files.writeString(tables().resolve("a.csv"), "code,message\nA.1,One.\n");
    Compilation compilation =
        javac()
            .withProcessors(new ErrorCatalogProcessor(), new LaterPackageProcessor())
            .withOptions(Compilations.resourceDirs(tables()))
            .compile(packageInfo("com.example.first", catalog("FirstErrors", "a.csv")));
    assertThat(compilation).succeededWithoutWarnings();

    assertThat(servicesFile(compilation))
        .endsWith(
            "com.example.first.FirstErrors$Provider\ncom.example.later.LaterErrors$Provider\n");
  }

  @Test
  void keepsTheEntriesTheFileAlreadyHas() throws IOException {
    Files.writeString(tables().resolve("a.csv"), "code,message\nA.1,One.\n");
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path services = classes.resolve(ServiceRegistration.PATH);
    Files.createDirectories(services.getParent());
    // A user's own provider and a catalog from an earlier compilation of this module.
    Files.writeString(
        services,
        """
        # mine
        com.example.own.HandWritten  # kept

        com.example.earlier.EarlierErrors$Provider
        com.example.now.NowErrors$Provider
        """);
    Path source =
        Files.createDirectories(work.resolve("src/com/example/now")).resolve("package-info.java");
    Files.writeString(source, catalog("NowErrors", "a.csv") + "\npackage com.example.now;\n");

    assertThat(compileInto(classes, source)).isTrue();

    assertThat(Files.readString(services))
        .isEqualTo(
            """
            # Error Catalog: the catalogs of this module, for java.util.ServiceLoader.
            com.example.earlier.EarlierErrors$Provider
            com.example.now.NowErrors$Provider
            com.example.own.HandWritten
            """);
  }

  @Test
  void readsAProviderFileAsServiceLoaderDoes() {
    assertThat(ServiceRegistration.parse("# c\n a.B \r\n\nc.D#x\n  # only\ne.F"))
        .containsExactly("a.B", "c.D", "e.F")
        .inOrder();
  }

  @Test
  void installedFindsTheCatalogsOfEveryJarOnTheClassPathOrderedById() throws Exception {
    Files.writeString(tables().resolve("zulu.csv"), "code,message\nX.1,Zulu one.\nZ.2,Zulu two.\n");
    Files.writeString(tables().resolve("beta.csv"), "code,message\nB.1,Beta one.\n");
    Files.writeString(
        tables().resolve("alpha.csv"), "code,message\nA.1,Alpha one.\nX.1,Alpha says X.\n");
    // Two jars, compiled separately, each with its own services file.
    Path zuluJar =
        jar(
            "zulu",
            Compilations.compile(
                List.of(Compilations.resourceDirs(tables())),
                packageInfo(
                    "com.example.zulu",
                    catalog("ZuluErrors", "zulu.csv") + "\n" + catalog("BetaErrors", "beta.csv"))));
    Path alphaJar =
        jar(
            "alpha",
            Compilations.compile(
                List.of(Compilations.resourceDirs(tables())),
                packageInfo("com.example.alpha", catalog("AlphaErrors", "alpha.csv"))));

    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {zuluJar.toUri().toURL(), alphaJar.toUri().toURL()},
            getClass().getClassLoader())) {
      thread.setContextClassLoader(loader);
      Catalogs catalogs = Catalogs.installed();

      assertThat(catalogs.catalogs().stream().map(Catalog::id).toList())
          .containsExactly("alpha", "beta", "zulu")
          .inOrder();
      assertThat(catalogs.resolve("X.1").stream().map(ErrorCode::message).toList())
          .containsExactly("Alpha says X.", "Zulu one.")
          .inOrder();
      assertThat(catalogs.resolve("Q.1")).isEmpty();
      assertThat(catalogs.find("zulu", "X.1").map(ErrorCode::message)).hasValue("Zulu one.");
      assertThat(catalogs.find("zulu", "A.1")).isEmpty();
      assertThat(catalogs.byId("beta").orElseThrow().bundleBaseName())
          .isEqualTo("com.example.zulu.BetaErrors");
      // ServiceLoader's instance answers as the catalog type's own CATALOG.
      Object zuluCatalog =
          loader.loadClass("com.example.zulu.ZuluErrors").getField("CATALOG").get(null);
      assertThat(catalogs.byId("zulu").orElseThrow()).isEqualTo(zuluCatalog);
      assertThat(catalogs.find("zulu", "Z.2").orElseThrow())
          .isSameInstanceAs(
              loader.loadClass("com.example.zulu.ZuluErrors").getField("Z_2").get(null));
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private Path tables() throws IOException {
    return Files.createDirectories(work.resolve("tables"));
  }

  private static String servicesFile(Compilation compilation) throws IOException {
    JavaFileObject file =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "", ServiceRegistration.PATH)
            .orElseThrow(() -> new AssertionError(Compilations.generatedNames(compilation)));
    return file.getCharContent(true).toString();
  }

  /** The class output of a compilation, as a jar. */
  private Path jar(String name, Compilation compilation) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    Path classes = work.resolve(name + "-classes");
    Compilations.load(compilation, classes).close();
    Path jar = work.resolve(name + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(
            new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }

  /**
   * The system javac with the processor, writing to a real class output directory.
   *
   * @return whether the compilation succeeded
   */
  private boolean compileInto(Path classes, Path source) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              messages,
              files,
              null,
              List.of(
                  "-classpath",
                  System.getProperty("java.class.path"),
                  "-d",
                  classes.toString(),
                  "-s",
                  Files.createDirectories(work.resolve("generated")).toString(),
                  Compilations.resourceDirs(tables())),
              null,
              files.getJavaFileObjects(source.toFile()));
      task.setProcessors(List.of(new ErrorCatalogProcessor()));
      return task.call();
    }
  }

  /** Generates, in the first round, a package that declares a catalog, for the next round. */
  private static final class LaterPackageProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try (Writer out =
          processingEnv
              .getFiler()
              .createSourceFile("com.example.later.package-info")
              .openWriter()) {
        out.write(catalog("LaterErrors", "a.csv") + "\npackage com.example.later;\n");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return false;
    }
  }
}
