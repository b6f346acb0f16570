package dev.errorcatalog.processor.diagnostic;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor prints, in one place: a stable tag users and tests can search for,
 * the kind, and a template that says what is wrong and how to fix it. Templates that concern a
 * table start with its position ({@code table:line:column}), because a data file is not an element
 * the compiler can point at.
 */
public enum Message {
  INVALID_NAME(
      "invalid-name",
      "name \"%s\" is not a valid Java type name (%s); use a simple class name such as \"OcrErrors\""),
  DUPLICATE_NAME(
      "duplicate-name",
      "another @ErrorCatalog in package %s is also named \"%s\"; give each catalog its own name"),
  NO_SOURCES(
      "no-sources",
      "sources is empty; name at least one table, such as sources = \"errorcatalog/huaweicloud/ocr.json\""),
  DUPLICATE_SOURCE("duplicate-source", "table %s is named twice in sources; name each table once"),
  INVALID_DEFAULT_LOCALE(
      "invalid-locale",
      "defaultLocale \"%s\" is not a valid BCP 47 language tag (%s); use a tag such as \"en\" or \"zh-CN\""),
  TABLE_NOT_FOUND(
      "table-not-found",
      "table %s not found; looked in:%s%nPut the table on the class path (for example in a dependency"
          + " jar such as catalog-data) or in this module's src/main/resources, or correct the path"),
  UNSUPPORTED_FORMAT(
      "unsupported-format", "table %s has no supported extension; name it .json or .csv"),
  TABLE_UNREADABLE("table-unreadable", "table %s cannot be read (%s): %s"),
  TABLE_TOO_LARGE(
      "table-too-large",
      "table %s is larger than %d MiB; split it into several tables listed in sources"),
  TABLE_NOT_UTF8("not-utf8", "%s: the file is not valid UTF-8 (byte 0x%02X); save it as UTF-8"),
  TABLE_EMPTY(
      "empty-table",
      "%s: the table has no codes; add at least one row or remove the table from sources"),
  MALFORMED_JSON("malformed-json", "%s: malformed JSON: %s"),
  MALFORMED_CSV("malformed-csv", "%s: malformed CSV: %s"),
  JSON_STRUCTURE("json-structure", "%s: %s; see the JSON table format in the README"),
  CSV_HEADER(
      "csv-header",
      "%s: %s; the header names code and message, and optionally status, category, description,"
          + " solution, docs, deprecated, replacedBy and localized columns such as message@zh-CN"),
  CSV_ROW_TOO_LONG(
      "csv-row-too-long",
      "%s: the row has %d cells but the header names %d columns; quote cells that contain commas"),
  MISSING_CODE(
      "missing-code", "%s: the row has no code; every row needs a code such as \"AIS.0014\""),
  INVALID_CODE(
      "invalid-code",
      "%s: \"%s\" does not look like an error code; a code is letters and digits, optionally"
          + " separated by single . _ - : or / characters, such as \"AIS.0014\""),
  DUPLICATE_CODE(
      "duplicate-code", "%s: code %s is also defined at %s; a code may appear once in a catalog"),
  CONSTANT_NAME_CLASH(
      "constant-clash",
      "%s: code %s and code %s (at %s) both become the constant %s; rename one of them or put them"
          + " in different catalogs"),
  BUNDLE_KEY_CLASH(
      "key-clash",
      "%s: code %s is the bundle key of the %s of code %s (at %s); rename one of them"),
  INVALID_STATUS(
      "invalid-status",
      "%s: code %s has status %s, which is not an HTTP status (an integer from 100 to 599); correct"
          + " it or leave the status out"),
  MISSING_MESSAGE(
      "missing-message", "%s: code %s has no message in the catalog's default locale %s; add one"),
  DUPLICATE_TEXT("duplicate-text", "%s: code %s gives its %s in %s twice (also at %s); keep one"),
  INVALID_LOCALE(
      "invalid-locale",
      "%s: \"%s\" is not a valid BCP 47 language tag (%s); use a tag such as \"zh-CN\""),
  PLACEHOLDER_MISMATCH(
      "placeholder-mismatch",
      "%s: code %s: the %s in %s has placeholders %s but in %s has %s; every translation must take"
          + " the same arguments in the same order"),
  MISSING_TRANSLATION(
      "missing-translation",
      Diagnostic.Kind.WARNING,
      "%s: code %s has no %s in %s, so that locale shows %s; add the translation, or set"
          + " -Aerrorcatalog.missingTranslation=ignore (or =error)"),
  TEXT_TOO_LONG(
      "text-too-long", "%s: the %s of code %s is %d characters long; a text may have at most %d"),
  INVALID_OPTION("invalid-option", "the option -A%s=%s is not understood; use one of %s"),
  WRITE_FAILED("write-failed", "could not write %s: %s"),
  INTERNAL_ERROR(
      "internal-error",
      "unexpected %s while generating this catalog: %s. This is a bug in Error Catalog; please report"
          + " it with the table that triggers it"),
  INVALID_DOCS_URL(
      "invalid-docs-url",
      "%s: the documentation URL %s \"%s\" is not an absolute http or https URL (%s); give one such"
          + " as \"https://example.com/errors/{code}\""),
  REPLACEMENT_NOT_DEPRECATED(
      "replacement-not-deprecated",
      "%s: code %s names a replacement, %s, but is not deprecated; add \"deprecated\" with the"
          + " reason, or remove \"replacedBy\""),
  UNKNOWN_REPLACEMENT(
      "unknown-replacement",
      "%s: code %s is replaced by %s, which this catalog does not define; name a code of the"
          + " catalog"),
  REPLACEMENT_CYCLE(
      "replacement-cycle",
      "%s: the deprecated code %s is replaced by deprecated codes that lead back to it (%s);"
          + " replace one of them by a code that is not deprecated");

  private final String tag;
  private final Diagnostic.Kind kind;
  private final String template;

  Message(String tag, String template) {
    this(tag, Diagnostic.Kind.ERROR, template);
  }

  Message(String tag, Diagnostic.Kind kind, String template) {
    this.tag = tag;
    this.kind = kind;
    this.template = template;
  }

  /** The stable tag, such as {@code duplicate-code}. */
  public String tag() {
    return tag;
  }

  /** The kind this message is printed with unless configured otherwise. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** Whether this message, at its own kind, stops generation. */
  public boolean isError() {
    return kind == Diagnostic.Kind.ERROR;
  }

  /** The full text: {@code [ErrorCatalog:tag] } and the filled template. */
  public String render(Object... args) {
    return "[ErrorCatalog:" + tag + "] " + String.format(Locale.ROOT, template, args);
  }
}
