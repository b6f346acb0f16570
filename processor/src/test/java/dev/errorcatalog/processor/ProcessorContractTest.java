package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How the processor behaves as a guest in other people's compilations. */
class ProcessorContractTest {

  private static final List<String> QUIET = List.of("-Aerrorcatalog.missingTranslation=ignore");

  @Test
  void leavesTheAnnotationUnclaimedForOtherProcessors() {
    RecordingProcessor other = new RecordingProcessor();
    Compilation compilation =
        javac()
            .withProcessors(new ErrorCatalogProcessor(), other)
            .withOptions(QUIET)
            .compile(
                packageInfo(
                    "com.example.a", catalog("AErrors", "errorcatalog/test/ocr-small.json")));
    assertThat(compilation).succeeded();
    assertThat(other.seen).contains("dev.errorcatalog.ErrorCatalog");
  }

  @Test
  void generatesEveryCatalogOfARepeatedAnnotation() {
    Compilation compilation =
        Compilations.compile(
            QUIET,
            packageInfo(
                "com.example.b",
                catalog("OcrErrors", "errorcatalog/test/ocr-small.json")
                    + "\n"
                    + catalog("VasErrors", "errorcatalog/test/vas-small.csv")));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("com.example.b.OcrErrors");
    assertThat(compilation).generatedSourceFile("com.example.b.VasErrors");
  }

  @Test
  void joinsSeveralTablesIntoOneCatalogInSourcesOrder() {
    Compilation compilation =
        Compilations.compile(
            QUIET,
            packageInfo(
                "com.example.c",
                catalog(
                    "CloudErrors",
                    "errorcatalog/test/vas-small.csv",
                    "errorcatalog/test/no-status.csv")));
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("com.example.c.CloudErrors")
        .contentsAsUtf8String()
        .containsMatch(
            "(?s)List.of\\(\\s*VAS_0001,\\s*VAS_0013,\\s*VAS_2026,\\s*AIS_0102,\\s*MODELARTS_4203\\)");
  }

  @Test
  void writesPureAsciiSourcesAndBundles() throws IOException {
    Compilation compilation =
        Compilations.compile(
            QUIET,
            packageInfo("com.example.d", catalog("OcrErrors", "errorcatalog/test/ocr-small.json")));
    assertThat(compilation).succeeded();
    for (JavaFileObject file : generatedNonClassFiles(compilation)) {
      byte[] bytes = read(file);
      for (byte b : bytes) {
        assertThat(b & 0xff).isLessThan(0x80);
      }
    }
  }

  @Test
  void generatesByteIdenticalFilesOnEveryRun() throws IOException {
    JavaFileObject source =
        packageInfo(
            "com.example.e",
            catalog("OcrErrors", "errorcatalog/test/ocr-small.json")
                + "\n"
                + catalog("VasErrors", "errorcatalog/test/vas-small.csv"));
    Map<String, String> first = contents(Compilations.compile(QUIET, source));
    Map<String, String> second = contents(Compilations.compile(QUIET, source));
    assertThat(first).isNotEmpty();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void marksGeneratedTypesAsGenerated() {
    Compilation compilation =
        Compilations.compile(
            QUIET,
            packageInfo("com.example.f", catalog("OcrErrors", "errorcatalog/test/ocr-small.json")));
    assertThat(compilation)
        .generatedSourceFile("com.example.f.OcrErrors")
        .contentsAsUtf8String()
        .contains("@Generated(\"dev.errorcatalog.processor.ErrorCatalogProcessor\")");
  }

  @Test
  void compilesCodeThatUsesTheGeneratedConstants() {
    JavaFileObject user =
        JavaFileObjects.forSourceString(
            "com.example.g.Client",
            """
        package com.example.g;

        import dev.errorcatalog.ErrorCode;
        import java.util.Locale;

        class Client {
          String explain(String code) {
            return OcrErrors.lookup(code)
                .map(e -> e.message(Locale.CHINA))
                .orElse(OcrErrors.AIS_0101.message());
          }

          boolean isAuth(ErrorCode error) {
            return error == OcrErrors.MODELARTS_4101;
          }
        }
        """);
    Compilation compilation =
        Compilations.compile(
            QUIET,
            packageInfo("com.example.g", catalog("OcrErrors", "errorcatalog/test/ocr-small.json")),
            user);
    assertThat(compilation).succeededWithoutWarnings();
  }

  private static List<JavaFileObject> generatedNonClassFiles(Compilation compilation) {
    List<JavaFileObject> files = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String name = file.toUri().toString();
      if (!name.endsWith(".class") && (name.endsWith(".java") || name.endsWith(".properties"))) {
        files.add(file);
      }
    }
    return files;
  }

  private static Map<String, String> contents(Compilation compilation) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    for (JavaFileObject file : generatedNonClassFiles(compilation)) {
      contents.put(
          file.toUri().toString(), new String(read(file), java.nio.charset.StandardCharsets.UTF_8));
    }
    return contents;
  }

  private static byte[] read(JavaFileObject file) throws IOException {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    }
  }

  /** Another processor of the same compilation, recording what it is offered. */
  private static final class RecordingProcessor extends AbstractProcessor {
    final List<String> seen = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("dev.errorcatalog.ErrorCatalog", "dev.errorcatalog.ErrorCatalogs");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      annotations.forEach(annotation -> seen.add(annotation.getQualifiedName().toString()));
      return false;
    }
  }
}
