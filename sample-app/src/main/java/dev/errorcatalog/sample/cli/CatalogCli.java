package dev.errorcatalog.sample.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The sample app's command line: explains documented Huawei Cloud error codes and resolves error
 * response bodies, from the catalogs generated at compile time.
 *
 * <pre>
 * java -jar app.jar explain APIG.0301 --locale zh-CN
 * echo '{"error_code": "AIS.0014", "error_msg": "..."}' | java -jar app.jar parse
 * java -jar app.jar list --catalog vas
 * java -jar app.jar catalogs
 * java -jar app.jar reference ocr > ocr.html
 * java -cp app.jar:more-catalogs.jar dev.errorcatalog.sample.cli.CatalogCli explain MORE.0001
 * </pre>
 *
 * <p>The catalogs are those on the class path ({@link dev.errorcatalog.Catalogs#installed()}): the
 * five this app generates, and those of any catalog jar put beside it.
 *
 * <p>Output is UTF-8 whatever the platform's default charset. Exit codes: {@value #OK} done,
 * {@value #NOT_DOCUMENTED} the code is documented in no catalog searched, {@value #USAGE} a usage
 * error or unreadable input (one line on standard error, never a stack trace), {@value #INTERNAL} a
 * bug.
 */
@Command(
    name = CatalogCli.NAME,
    description = "Explains documented Huawei Cloud error codes and resolves error responses.",
    subcommands = {
      ExplainCommand.class,
      ParseCommand.class,
      ListCommand.class,
      CatalogsCommand.class,
      ReferenceCommand.class
    },
    synopsisSubcommandLabel = "(explain | parse | list | catalogs | reference)",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the code is documented in no catalog searched",
      "2:usage error or unreadable input",
      "3:internal error"
    })
public final class CatalogCli implements Callable<Integer> {

  /** The command's name in usage messages. */
  public static final String NAME = "errorcatalog-sample";

  /** Exit code: done. */
  public static final int OK = 0;

  /** Exit code: the code is documented in no catalog searched. */
  public static final int NOT_DOCUMENTED = 1;

  /** Exit code: a usage error or unreadable input. */
  public static final int USAGE = 2;

  /** Exit code: a bug. */
  public static final int INTERNAL = 3;

  @Spec private CommandSpec spec;

  @Mixin
  @SuppressWarnings("UnusedVariable") // picocli reads the mixin by reflection
  private HelpOption help;

  private final InputStream stdin;

  private CatalogCli(InputStream stdin) {
    this.stdin = stdin;
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the command line on the given streams, writing UTF-8.
   *
   * @param args the arguments
   * @param in standard input, read by {@code parse} without a file
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    PrintWriter outWriter = utf8(out);
    PrintWriter errWriter = utf8(err);
    try {
      return commandLine(in).setOut(outWriter).setErr(errWriter).execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /**
   * The configured command line, without streams: callers set them with {@code setOut} and {@code
   * setErr}.
   *
   * @param in standard input, read by {@code parse} without a file
   * @return the command line
   */
  static CommandLine commandLine(InputStream in) {
    return new CommandLine(new CatalogCli(in))
        .setParameterExceptionHandler(CatalogCli::usageError)
        .setExecutionExceptionHandler(CatalogCli::internalError);
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** Standard input, for {@code parse}. */
  InputStream stdin() {
    return stdin;
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "missing command: explain, parse, list, catalogs or reference");
  }

  /** A usage error: one line, and where to find help; no usage dump, no stack trace. */
  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String message = oneLine(ex.getMessage());
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
        && cmd.getCommandSpec().parent() == null
        && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-")) {
      message =
          "unknown command '"
              + unmatched.getUnmatched().get(0)
              + "'; the commands are explain, parse, list, catalogs and reference";
    }
    err.println(cmd.getCommandSpec().qualifiedName() + ": " + message);
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return USAGE;
  }

  private static int internalError(
      Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    err.println(cmd.getCommandSpec().qualifiedName() + ": internal error (a bug): " + ex);
    ex.printStackTrace(err);
    return INTERNAL;
  }

  /** Folds a message onto one line. */
  static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
