package dev.errorcatalog.sample;

import dev.errorcatalog.ErrorCode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Explains Huawei Cloud error codes from the generated catalogs:
 * {@code java -jar errorcatalog-sample-app.jar APIG.0301 zh-CN}.
 */
public final class ExplainMain {

  private ExplainMain() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: explain CODE [LOCALE]   e.g. explain APIG.0301 zh-CN");
      System.exit(2);
    }
    Locale locale = args.length == 2 ? Locale.forLanguageTag(args[1]) : Locale.ENGLISH;
    List<ErrorCode> entries = HuaweiCloudCatalogs.resolve(args[0]);
    if (entries.isEmpty()) {
      out.println(args[0] + ": not documented in any catalog");
      System.exit(1);
    }
    for (ErrorCode entry : entries) {
      out.println(entry.code() + " (catalog " + entry.catalog() + ")");
      out.println("  status:      " + (entry.httpStatus().isPresent()
          ? Integer.toString(entry.httpStatus().getAsInt()) : "not documented"));
      out.println("  message:     " + indent(entry.message(locale)));
      entry.description(locale).ifPresent(text -> out.println("  description: " + indent(text)));
      entry.solution(locale).ifPresent(text -> out.println("  solution:    " + indent(text)));
    }
  }

  private static String indent(String text) {
    return text.replace("\n", "\n               ");
  }
}
