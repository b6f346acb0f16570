package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Eclipse compiler (ECJ, behind Eclipse's autocomplete) runs the processor like javac does: it
 * finds tables on the class path and in the module's own resources, and generates the very same
 * files.
 */
class EclipseCompilerTest {

  @TempDir Path project;

  @Test
  void generatesTheSameCatalogAsJavacFromTheClassPathAndTheModuleResources() throws IOException {
    Path sources = Files.createDirectories(project.resolve("src/main/java/com/example/ecj"));
    Files.writeString(
        sources.resolve("package-info.java"),
        """
        @dev.errorcatalog.ErrorCatalog(name = "OcrErrors", sources = "errorcatalog/test/ocr-small.json")
        @dev.errorcatalog.ErrorCatalog(name = "AppErrors", sources = "tables/app.csv")
        package com.example.ecj;
        """);
    Path tables = Files.createDirectories(project.resolve("src/main/resources/tables"));
    Files.writeString(
        tables.resolve("app.csv"),
        """
        # docs: https://example.com/errors/{code}
        code,message,message@zh-CN,docs,deprecated,replacedBy
        APP.0001,First.,\u7b2c\u4e00,,,
        APP/0002,Second.,\u7b2c\u4e8c,,Use APP.0003.,APP.0003
        APP.0003,Third.,\u7b2c\u4e09,https://example.com/own/3,,
        """,
        StandardCharsets.UTF_8);

    Path byEclipse = compile(new EclipseCompiler(), "ecj");
    Path byJavac = compile(ToolProvider.getSystemJavaCompiler(), "javac");

    Map<String, String> eclipseFiles = generatedFiles(byEclipse);
    assertThat(eclipseFiles.keySet())
        .containsAtLeast(
            "generated/com/example/ecj/OcrErrors.java",
            "generated/com/example/ecj/AppErrors.java",
            "classes/com/example/ecj/OcrErrors.properties",
            "classes/com/example/ecj/OcrErrors_zh_CN.properties",
            "classes/com/example/ecj/AppErrors_zh_CN.properties",
            "classes/com/example/ecj/AppErrors.html");
    // Documentation links and deprecation, the same from ECJ as from javac (compared below).
    assertThat(eclipseFiles.get("generated/com/example/ecj/AppErrors.java"))
        .contains("@Deprecated\n  public static final AppErrors APP_0002");
    assertThat(eclipseFiles.get("classes/com/example/ecj/AppErrors.properties"))
        .contains("APP.0001.docs=https\\://example.com/errors/APP.0001\n");
    assertThat(eclipseFiles.get("classes/com/example/ecj/AppErrors.properties"))
        .contains("APP/0002.docs=https\\://example.com/errors/APP%2F0002\n");
    assertThat(eclipseFiles).isEqualTo(generatedFiles(byJavac));
  }

  /**
   * ECJ's bytecode for the generated lookup: every method a lookup runs through stays within
   * HotSpot's limit (the generator's size estimate is calibrated on javac), and every code of a
   * catalog of switches and of a catalog of tables resolves.
   */
  @Test
  void compilesLookupsThatResolveAndStayJitCompilableInBothShapes() throws Exception {
    Path sources = Files.createDirectories(project.resolve("src/main/java/com/example/ecj"));
    Files.writeString(
        sources.resolve("package-info.java"),
        """
        @dev.errorcatalog.ErrorCatalog(name = "SwitchErrors", sources = "tables/switch.csv")
        @dev.errorcatalog.ErrorCatalog(name = "TableErrors", sources = "tables/table.csv")
        package com.example.ecj;
        """);
    Path tables = Files.createDirectories(project.resolve("src/main/resources/tables"));
    Map<String, Integer> sizes = Map.of("SwitchErrors", 2_000, "TableErrors", 2_500);
    Files.writeString(tables.resolve("switch.csv"), table("SW", sizes.get("SwitchErrors")));
    Files.writeString(tables.resolve("table.csv"), table("TB", sizes.get("TableErrors")));

    Path byEclipse = compile(new EclipseCompiler(), "ecj");

    Path classes = byEclipse.resolve("classes");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      for (Map.Entry<String, Integer> catalog : sizes.entrySet()) {
        Method lookup =
            loader
                .loadClass("com.example.ecj." + catalog.getKey())
                .getMethod("lookup", String.class);
        String prefix = catalog.getKey().equals("SwitchErrors") ? "SW" : "TB";
        for (int n = 0; n < catalog.getValue(); n++) {
          Optional<?> found = (Optional<?>) lookup.invoke(null, prefix + "." + n);
          assertWithMessage("%s.%s", prefix, n).that(found.isPresent()).isTrue();
        }
        assertThat((Optional<?>) lookup.invoke(null, prefix + ".-1")).isEmpty();
      }
    }
    MethodSizes.under(classes)
        .forEach(
            (method, size) -> {
              if (method.matches(".*\\.(find|group\\d+)")) {
                assertWithMessage(method).that(size).isAtMost(MethodSizes.HUGE_METHOD_LIMIT);
              }
            });
  }

  /**
   * ECJ, like javac, takes the code strings of a 100,000-code catalog as constants in {@code
   * switch} labels and annotation attributes, though {@code Codes} inherits them from interfaces.
   */
  @Test
  void takesCodeStringsOfAHugeCatalogAsConstants() throws Exception {
    Path sources = Files.createDirectories(project.resolve("src/main/java/com/example/ecj"));
    Files.writeString(
        sources.resolve("package-info.java"),
        """
        @dev.errorcatalog.ErrorCatalog(name = "BigErrors", sources = "tables/big.csv")
        package com.example.ecj;
        """);
    Files.writeString(
        sources.resolve("Pick.java"),
        LargeCatalogTest.PICK.replace("com.example.big", "com.example.ecj"));
    Path tables = Files.createDirectories(project.resolve("src/main/resources/tables"));
    LargeCatalogTest.writeTable(tables.resolve("big.csv"), LargeCatalogTest.CODES_PER_SERVICE);

    Path classes = compile(new EclipseCompiler(), "ecj").resolve("classes");

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Method pick = loader.loadClass("com.example.ecj.Pick").getMethod("pick", String.class);
      assertThat(pick.invoke(null, "AIS.00000")).isEqualTo(1);
      assertThat(pick.invoke(null, "ModelArts.05000")).isEqualTo(2);
      assertThat(pick.invoke(null, "RDS.09999")).isEqualTo(3);
      assertThat(pick.invoke(null, "RDS.09998")).isEqualTo(0);
    }
  }

  private static String table(String prefix, int size) {
    StringBuilder table = new StringBuilder("code,message\n");
    for (int n = 0; n < size; n++) {
      table.append(prefix).append('.').append(n).append(",Message ").append(n).append('\n');
    }
    return table.toString();
  }

  private Path compile(JavaCompiler compiler, String name) throws IOException {
    Path output = Files.createDirectories(project.resolve(name));
    Path classes = Files.createDirectories(output.resolve("classes"));
    Path generated = Files.createDirectories(output.resolve("generated"));
    StringWriter messages = new StringWriter();
    boolean ok;
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              messages,
              files,
              null,
              List.of(
                  "-source",
                  "17",
                  "-target",
                  "17",
                  "-encoding",
                  "UTF-8",
                  "-classpath",
                  System.getProperty("java.class.path"),
                  "-d",
                  classes.toString(),
                  "-s",
                  generated.toString()),
              null,
              files.getJavaFileObjectsFromPaths(sources()));
      task.setProcessors(List.of(new ErrorCatalogProcessor()));
      ok = task.call();
    }
    assertWithMessage("%s failed:%n%s", name, messages).that(ok).isTrue();
    return output;
  }

  /** The test's sources: every file of its package. */
  private List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.list(project.resolve("src/main/java/com/example/ecj"))) {
      return files.sorted().toList();
    }
  }

  /** Generated sources and bundles, by path relative to the output, with their text. */
  private static Map<String, String> generatedFiles(Path output) throws IOException {
    Map<String, String> files = new TreeMap<>();
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(output)) {
      walk.filter(Files::isRegularFile)
          .filter(
              path ->
                  path.toString().endsWith(".java")
                      || path.toString().endsWith(".properties")
                      || path.toString().endsWith(".html"))
          .forEach(paths::add);
    }
    for (Path path : paths) {
      files.put(
          output.relativize(path).toString().replace('\\', '/'),
          Files.readString(path, StandardCharsets.UTF_8));
    }
    return files;
  }
}
