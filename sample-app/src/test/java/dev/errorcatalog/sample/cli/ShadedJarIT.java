package dev.errorcatalog.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar that {@code package} built, in a separate JVM whose default charset is
 * US-ASCII, as the README's first command does.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ShadedJarIT {

  private record Result(int exitCode, String out, String err) {}

  @TempDir Path work;

  private static Path jar() {
    Path jar = Path.of(System.getProperty("sampleApp.jar", "target/missing.jar"));
    assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
    return jar;
  }

  private static Result java(String stdin, String... args) throws Exception {
    return java(List.of("-jar", jar().toString()), stdin, args);
  }

  /** Runs the jar's main class with more entries on the class path, after the jar. */
  private static Result javaWith(Path classPath, String... args) throws Exception {
    return java(
        List.of("-cp", jar() + File.pathSeparator + classPath, CatalogCli.class.getName()),
        "",
        args);
  }

  private static Result java(List<String> launch, String stdin, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=US-ASCII",
                "-Dsun.stdout.encoding=US-ASCII",
                "-Dsun.stderr.encoding=US-ASCII"));
    command.addAll(launch);
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process, true));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process, false));
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar did not finish in 60 s");
    return new Result(
        process.exitValue(),
        new String(out.get(), StandardCharsets.UTF_8),
        new String(err.get(), StandardCharsets.UTF_8));
  }

  private static byte[] readAll(Process process, boolean stdout) {
    try {
      return (stdout ? process.getInputStream() : process.getErrorStream()).readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void explainsTheReadmeExampleInChineseAsUtf8OnAnAsciiPlatform() throws Exception {
    Result result = java("", "explain", "APIG.0301", "--locale", "zh-CN");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains("token expires:token超时,请重新获取新token传入。"), result.out());
    assertTrue(result.out().contains("APIG.0301 (catalog image-recognition-zh)"), result.out());
  }

  @Test
  void parsesStandardInputAndExits1ForAnUndocumentedCode() throws Exception {
    Result result = java("{\"error_code\": \"AIS.9999\", \"error_msg\": \"新错误\"}", "parse");

    assertEquals(1, result.exitCode(), result.err());
    assertTrue(result.out().contains("  error_msg:   新错误"), result.out());
  }

  @Test
  void rejectsMalformedJsonWithOneLineAndExit2() throws Exception {
    Result result = java("{\"error_code\": ", "parse", "--locale", "zh-CN");

    assertEquals(2, result.exitCode());
    assertEquals("", result.out());
    assertEquals(1, result.err().lines().count(), result.err());
    assertFalse(Cli.hasStackTrace(result.err()), result.err());
  }

  @Test
  void findsTheCodesOfAFurtherCatalogPutOnTheClassPath() throws Exception {
    Path extra = compileFurtherCatalog();

    Result explain = javaWith(extra, "explain", "EXTRA.0429", "--locale", "zh-CN");
    assertEquals(0, explain.exitCode(), explain.err());
    assertTrue(explain.out().contains("EXTRA.0429 (catalog extra)"), explain.out());
    assertTrue(explain.out().contains("\u989d\u5916\u8bf7\u6c42\u8fc7\u591a\u3002"), explain.out());

    Result catalogs = javaWith(extra, "catalogs");
    assertEquals(0, catalogs.exitCode(), catalogs.err());
    assertTrue(
        catalogs.out().lines().anyMatch(line -> line.matches("extra +1 +en,zh-CN +Extra codes")),
        catalogs.out());

    Result list = javaWith(extra, "list", "--catalog", "extra");
    assertEquals(0, list.exitCode(), list.err());
    assertEquals(2, list.out().lines().count(), list.out());

    Result parse =
        javaWith(extra, "parse", write("body.json", "{\"error_code\": \"EXTRA.0429\"}").toString());
    assertEquals(0, parse.exitCode(), parse.err());
    assertTrue(parse.out().contains("Too many extra requests."), parse.out());
  }

  /**
   * A catalog the app has never seen, compiled with the processor against the app's jar: the
   * compiled classes, bundles and services file, as a catalog jar would carry them.
   */
  private Path compileFurtherCatalog() throws IOException {
    Path tables = Files.createDirectories(work.resolve("tables"));
    Files.writeString(
        tables.resolve("extra.csv"),
        """
        # title: Extra codes
        code,status,message,message@zh-CN
        EXTRA.0429,429,Too many extra requests.,\u989d\u5916\u8bf7\u6c42\u8fc7\u591a\u3002
        """,
        StandardCharsets.UTF_8);
    Path source =
        write(
            "src/com/example/extra/package-info.java",
            """
            @dev.errorcatalog.ErrorCatalog(name = "ExtraErrors", sources = "extra.csv")
            package com.example.extra;
            """);
    Path classes = Files.createDirectories(work.resolve("extra-classes"));
    Path processor = Path.of(System.getProperty("errorcatalog.processorJar", "missing.jar"));
    assertTrue(Files.isRegularFile(processor), "no processor jar at " + processor);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean ok =
          javac
              .getTask(
                  messages,
                  files,
                  null,
                  List.of(
                      "--release",
                      "17",
                      "-processorpath",
                      processor.toString(),
                      "-classpath",
                      jar().toString(),
                      "-Aerrorcatalog.resourceDirs=" + tables,
                      "-d",
                      classes.toString()),
                  null,
                  files.getJavaFileObjects(source.toFile()))
              .call();
      assertTrue(ok, messages.toString());
    }
    assertTrue(Files.isRegularFile(classes.resolve("META-INF/services/dev.errorcatalog.Catalog")));
    return classes;
  }

  private Path write(String name, String content) throws IOException {
    Path file = work.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void listsTheCodesOfACatalog() throws Exception {
    Result result = java("", "list", "--catalog", "vas");

    assertEquals(0, result.exitCode(), result.err());
    assertEquals(61, result.out().lines().count());
  }
}
