package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;
import static dev.errorcatalog.processor.ReportedProblems.assertReportedAt;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.processor.diagnostic.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad tables give compiler errors that name the table, the line and the code, on the {@code
 * sources} element that names the table, and the catalog writes nothing.
 */
class TableProblemsTest {

  @TempDir Path tables;

  @Test
  void listsEveryPlaceTriedForAMissingTable() {
    JavaFileObject source =
        packageInfo(
            "com.example.missing",
            """
            @dev.errorcatalog.ErrorCatalog(name = "Missing",
                sources = {"errorcatalog/test/ocr-small.json",
                           "errorcatalog/nowhere.json"})\
            """);
    Compilation compilation =
        Compilations.compile(List.of(Compilations.resourceDirs(tables)), source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrorCatalog:table-not-found] table \"errorcatalog/nowhere.json\"")
        .inFile(source)
        .onLineContaining("nowhere.json");
    String message = compilation.errors().get(0).getMessage(null);
    assertThat(message).contains(tables.resolve("errorcatalog/nowhere.json").toString());
    assertThat(message).contains("the source path");
    assertThat(message).contains("the class output");
    assertThat(message).contains("the class path");
  }

  @Test
  void rejectsADuplicateCodeNamingBothLines() throws IOException {
    write("dup.csv", "code,message\nAIS.0001,First.\nAIS.0002,Second.\nAIS.0001,Again.\n");
    JavaFileObject source = packageInfo("com.example.dup", catalog("DupErrors", "dup.csv"));
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("code AIS.0001 is also defined at dup.csv:2:1")
        .inFile(source)
        .onLineContaining("dup.csv");
    assertReportedAt(
        compilation,
        "duplicate-code",
        new SourcePosition("dup.csv", 4, 1),
        "code AIS.0001 is also defined at dup.csv:2:1");
  }

  @Test
  void reportsEveryProblemOfACompilationTogether() throws IOException {
    write("many.csv", "code,status,message\nAIS.0001,999,One.\nnot a code,400,Two.\nAIS.0003,,\n");
    write("broken.json", "{\"codes\": [{\"code\": \"X.1\", \"message\": \"m\"},]}");
    Compilation compilation =
        compile(
            packageInfo(
                "com.example.many",
                catalog("ManyErrors", "many.csv") + "\n" + catalog("BrokenErrors", "broken.json")));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("code AIS.0001 has status \"999\"");
    assertReportedAt(
        compilation,
        "invalid-status",
        new SourcePosition("many.csv", 2, 10),
        "code AIS.0001 has status \"999\"");
    assertThat(compilation).hadErrorContaining("\"not a code\" does not look like an error code");
    assertReportedAt(
        compilation,
        "invalid-code",
        new SourcePosition("many.csv", 3, 1),
        "\"not a code\" does not look like an error code");
    assertThat(compilation).hadErrorContaining("[ErrorCatalog:malformed-json]");
    assertReportedAt(
        compilation, "malformed-json", new SourcePosition("broken.json", 1, 44), "malformed JSON");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void writesNothingForACatalogWithAnErrorAndEverythingForItsValidNeighbour() throws IOException {
    write("bad.csv", "code,message\nAIS.0001,\n");
    Path sources = Files.createDirectories(tables.resolve("src/com/example/half"));
    Files.writeString(
        sources.resolve("package-info.java"),
        catalog("BadErrors", "bad.csv")
            + "\n"
            + catalog("GoodErrors", "errorcatalog/test/no-status.csv")
            + "\npackage com.example.half;\n");
    Path generated = Files.createDirectories(tables.resolve("generated"));
    Path classes = Files.createDirectories(tables.resolve("classes"));

    // compile-testing hides the output of a failed compilation, so compile into directories.
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostics,
              List.of(
                  "-d",
                  classes.toString(),
                  "-s",
                  generated.toString(),
                  "-classpath",
                  System.getProperty("java.class.path"),
                  Compilations.resourceDirs(tables)),
              null,
              files.getJavaFileObjects(sources.resolve("package-info.java")));
      task.setProcessors(List.of(new ErrorCatalogProcessor()));
      assertThat(task.call()).isFalse();
    }
    assertThat(diagnostics.getDiagnostics().toString())
        .contains("[ErrorCatalog:missing-message] bad.csv:2:1: code AIS.0001 has no message");
    Path pkg = Path.of("com", "example", "half");
    assertThat(Files.exists(generated.resolve(pkg).resolve("BadErrors.java"))).isFalse();
    assertThat(Files.exists(classes.resolve(pkg).resolve("BadErrors.properties"))).isFalse();
    assertThat(Files.exists(generated.resolve(pkg).resolve("GoodErrors.java"))).isTrue();
    assertThat(Files.exists(classes.resolve(pkg).resolve("GoodErrors.properties"))).isTrue();
  }

  private Compilation compile(JavaFileObject source) {
    return Compilations.compile(List.of(Compilations.resourceDirs(tables)), source);
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(tables.resolve(name), content, StandardCharsets.UTF_8);
  }
}
