package dev.errorcatalog.sample.cli;

import dev.errorcatalog.ErrorCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes catalog entries as labelled, indented blocks. */
final class EntryPrinter {

  /** Where a field's text starts: two spaces, then the widest label and its colon and a space. */
  private static final int TEXT_COLUMN = 2 + "description: ".length();

  private static final String NOT_DOCUMENTED = "not documented";

  /**
   * The one language besides English that the Huawei Cloud pages are written in. Page 004 gives
   * descriptions and solutions only in Chinese; in any other locale they are shown in Chinese,
   * marked, rather than as "not documented".
   */
  private static final Locale PAGES_OTHER_LOCALE = Locale.forLanguageTag("zh-CN");

  private EntryPrinter() {}

  /**
   * Writes every entry of one code: a line naming the catalogs when there are several, then one
   * block per catalog, blocks separated by a blank line.
   */
  static void print(
      PrintWriter out, String code, List<? extends ErrorCode> entries, Locale locale) {
    if (entries.size() > 1) {
      out.println(
          code
              + " is documented in "
              + entries.size()
              + " catalogs: "
              + entries.stream().map(ErrorCode::catalog).collect(Collectors.joining(", ")));
      out.println();
    }
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        out.println();
      }
      print(out, entries.get(i), locale);
    }
  }

  /** Writes one entry: code and catalog, then status, category, message, description, solution. */
  static void print(PrintWriter out, ErrorCode entry, Locale locale) {
    out.println(entry.code() + " (catalog " + entry.catalog() + ")");
    field(
        out,
        "status",
        entry.httpStatus().isPresent()
            ? Integer.toString(entry.httpStatus().getAsInt())
            : NOT_DOCUMENTED);
    entry.category().ifPresent(category -> field(out, "category", category));
    field(out, "message", entry.message(locale));
    field(out, "description", text(entry::description, locale));
    field(out, "solution", text(entry::solution, locale));
  }

  /** The text in the locale (or, through the bundles, English); else the page's Chinese text. */
  private static String text(Function<Locale, Optional<String>> field, Locale locale) {
    Optional<String> text = field.apply(locale);
    if (text.isPresent()) {
      return text.get();
    }
    if (!locale.equals(PAGES_OTHER_LOCALE)) {
      Optional<String> other = field.apply(PAGES_OTHER_LOCALE);
      if (other.isPresent()) {
        return "(" + PAGES_OTHER_LOCALE.toLanguageTag() + " only) " + other.get();
      }
    }
    return NOT_DOCUMENTED;
  }

  /** " label: text", continuation lines indented to the text's column. */
  static void field(PrintWriter out, String label, String text) {
    String head = "  " + label + ":";
    String[] lines = text.split("\n", -1);
    out.println(head + " ".repeat(TEXT_COLUMN - head.length()) + lines[0]);
    for (int i = 1; i < lines.length; i++) {
      out.println(lines[i].isEmpty() ? "" : " ".repeat(TEXT_COLUMN) + lines[i]);
    }
  }
}
