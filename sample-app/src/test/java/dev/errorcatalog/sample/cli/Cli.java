package dev.errorcatalog.sample.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in-process, end to end, on captured streams. */
final class Cli {

  /** What a run left: its exit code, and its standard output and error decoded as UTF-8. */
  @SuppressWarnings("ArrayRecordComponent") // a test's snapshot, compared by its fields' content
  record Run(int exitCode, String out, String err, byte[] outBytes) {

    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private Cli() {}

  static Run run(String... args) {
    return runWithInput(new byte[0], args);
  }

  static Run runWithInput(String stdin, String... args) {
    return runWithInput(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static Run runWithInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode = CatalogCli.run(args, new ByteArrayInputStream(stdin), out, err);
    return new Run(
        exitCode,
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8),
        out.toByteArray());
  }

  /** Whether a text looks like a stack trace or an exception's name leaked to the user. */
  static boolean hasStackTrace(String text) {
    return text.contains("\tat ") || text.contains("Exception") || text.contains("Caused by");
  }
}
