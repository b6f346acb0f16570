package dev.errorcatalog.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the shaded jar that {@code package} built, in a separate JVM whose default charset is
 * US-ASCII, as the README's first command does.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ShadedJarIT {

  private record Result(int exitCode, String out, String err) {}

  private static Result java(String stdin, String... args) throws Exception {
    Path jar = Path.of(System.getProperty("sampleApp.jar", "target/missing.jar"));
    assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=US-ASCII",
                "-Dsun.stdout.encoding=US-ASCII",
                "-Dsun.stderr.encoding=US-ASCII",
                "-jar",
                jar.toString()));
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
  void listsTheCodesOfACatalog() throws Exception {
    Result result = java("", "list", "--catalog", "vas");

    assertEquals(0, result.exitCode(), result.err());
    assertEquals(61, result.out().lines().count());
  }
}
