package dev.errorcatalog.processor.diagnostic;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor prints, in one place: a stable tag users and tests can search for,
 * the kind, and a template that says what is wrong and how to fix it. Each distinct text is its own
 * constant; closely related texts share a tag (the README's troubleshooting table lists each tag
 * once).
 *
 * <p>A template never names the table position it is about: a {@link Problem} carries that position
 * as data and prints it before the text ({@code table:line:column: }), because a data file is not
 * an element the compiler can point at. A problem that involves a second place (the first
 * definition of a duplicate) also carries that place, and the template takes it as its last
 * argument.
 *
 * <p>To add a diagnostic, append a constant {@code NAME("tag", "template")} (or {@code NAME("tag",
 * Diagnostic.Kind.WARNING, "template")}), create it with {@link Problem#of} or {@link Problem#at},
 * give it a test in {@code DiagnosticCatalogueTest} and a row in the README's troubleshooting
 * table; tests fail until both exist.
 */
public enum Message {
  // The declaration: reported on the annotation attribute at fault.
  INVALID_NAME(
      "invalid-name",
      "name \"%s\" is not a valid Java type name (not an identifier); use a simple class name such"
          + " as \"OcrErrors\""),
  KEYWORD_NAME(
      "invalid-name",
      "name \"%s\" is not a valid Java type name (a keyword); use a simple class name such as"
          + " \"OcrErrors\""),
  NESTED_TYPE_NAME(
      "invalid-name",
      "name \"%s\" is taken by a class that every generated catalog type nests (%s); use a name"
          + " such as \"%sErrors\""),
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

  // Finding and decoding a table.
  TABLE_NOT_FOUND(
      "table-not-found",
      "table \"%s\" not found; looked in:%s%nPut the table on the class path (for example in a"
          + " dependency jar such as catalog-data) or in this module's src/main/resources, or"
          + " correct the path"),
  TABLE_PATH_NAMES_NO_FILE(
      "table-not-found",
      "table \"%s\" not found: the path names no file; name a file such as"
          + " \"errorcatalog/huaweicloud/ocr.json\""),
  UNSUPPORTED_FORMAT(
      "unsupported-format", "table \"%s\" has no supported extension; name it .json or .csv"),
  TABLE_UNREADABLE("table-unreadable", "table \"%s\" cannot be read (%s): %s"),
  TABLE_TOO_LARGE(
      "table-too-large",
      "table \"%s\" is larger than %d MiB; split it into several tables listed in sources"),
  TABLE_NOT_UTF8("not-utf8", "the file is not valid UTF-8 (byte 0x%02X); save it as UTF-8"),
  TABLE_EMPTY(
      "empty-table",
      "the table has no codes; add at least one row or remove the table from sources"),

  // JSON tables.
  MALFORMED_JSON("malformed-json", "malformed JSON: %s"),
  JSON_TOO_DEEP(
      "malformed-json",
      "malformed JSON: the document nests deeper than %d levels, where a table needs 4"),
  JSON_ROOT_NOT_OBJECT(
      "json-structure",
      "the root must be an object with a \"codes\" array, not %s" + Hint.JSON_FORMAT),
  JSON_CONTENT_AFTER_ROOT(
      "json-structure", "unexpected content after the root object" + Hint.JSON_FORMAT),
  JSON_NO_CODES("json-structure", "the root object has no \"codes\" array" + Hint.JSON_FORMAT),
  JSON_CODES_NOT_ARRAY(
      "json-structure", "\"codes\" must be an array of objects, not %s" + Hint.JSON_FORMAT),
  JSON_CODE_NOT_OBJECT(
      "json-structure", "each element of \"codes\" must be an object, not %s" + Hint.JSON_FORMAT),
  JSON_UNKNOWN_FIELD(
      "json-structure", "unknown field \"%s\" (known fields: %s)" + Hint.JSON_FORMAT),
  JSON_NOT_STRING("json-structure", "\"%s\" must be a string, not %s" + Hint.JSON_FORMAT),
  JSON_STATUS_NOT_NUMBER(
      "json-structure", "\"status\" must be a number such as 400, not %s" + Hint.JSON_FORMAT),
  JSON_TEXT_NOT_TEXT(
      "json-structure",
      "\"%s\" must be a string or an object of language tags to strings, not %s"
          + Hint.JSON_FORMAT),
  JSON_TRANSLATION_NOT_STRING(
      "json-structure", "\"%s\".%s must be a string, not %s" + Hint.JSON_FORMAT),

  // CSV tables.
  MALFORMED_CSV("malformed-csv", "malformed CSV: %s"),
  MALFORMED_CSV_ROW("malformed-csv", "malformed CSV: %s (in the row that starts at %s)"),
  CSV_NO_HEADER("csv-header", "the table has no header row" + Hint.CSV_HEADER),
  CSV_METADATA_LINE(
      "csv-header",
      "a comment line before the header must read \"# title: ...\", \"# source: ...\","
          + " \"# note: ...\" or \"# docs: ...\""),
  CSV_METADATA_TWICE("csv-header", "the metadata key \"%s\" is given twice; keep one"),
  CSV_COLUMN_TWICE("csv-header", "the column \"%s\" is named twice (first at %s)"),
  CSV_UNKNOWN_COLUMN("csv-header", "unknown column \"%s\"" + Hint.CSV_HEADER),
  CSV_NO_CODE_COLUMN("csv-header", "the header has no \"code\" column" + Hint.CSV_HEADER),
  CSV_NO_MESSAGE_COLUMN("csv-header", "the header has no \"message\" column" + Hint.CSV_HEADER),
  CSV_ROW_TOO_LONG(
      "csv-row-too-long",
      "the row has %d cells but the header names %d columns; quote cells that contain commas"),

  // Rows and whole catalogs.
  MISSING_CODE("missing-code", "the row has no code; every row needs a code such as \"AIS.0014\""),
  INVALID_CODE(
      "invalid-code",
      "\"%s\" does not look like an error code; a code is letters and digits, optionally"
          + " separated by single . _ - : or / characters, such as \"AIS.0014\""),
  DUPLICATE_CODE(
      "duplicate-code", "code %s is also defined at %s; a code may appear once in a catalog"),
  CONSTANT_NAME_CLASH(
      "constant-clash",
      "code %1$s and code %2$s (at %4$s) both become the constant %3$s; rename one of them or put"
          + " them in different catalogs"),
  BUNDLE_KEY_CLASH(
      "key-clash", "code %s is the bundle key of the %s of code %s (at %s); rename one of them"),
  INVALID_STATUS(
      "invalid-status",
      "code %s has status \"%s\", which is not an HTTP status (an integer from 100 to 599);"
          + " correct it or leave the status out"),
  MISSING_MESSAGE(
      "missing-message", "code %s has no message in the catalog's default locale %s; add one"),
  DUPLICATE_TEXT("duplicate-text", "code %s gives its %s in %s twice (also at %s); keep one"),
  INVALID_LOCALE(
      "invalid-locale",
      "\"%s\" is not a valid BCP 47 language tag (%s); use a tag such as \"zh-CN\""),
  PLACEHOLDER_MISMATCH(
      "placeholder-mismatch",
      "code %s: the %s in %s has placeholders %s but in %s has %s; every translation must take"
          + " the same arguments in the same order"),
  MISSING_TRANSLATION(
      "missing-translation",
      Diagnostic.Kind.WARNING,
      "code %s has no %s in %s, so that locale shows the %s text; add the translation, or set"
          + Hint.MISSING_TRANSLATION_OPTION),
  MISSING_DEFAULT_TRANSLATION(
      "missing-translation",
      Diagnostic.Kind.WARNING,
      "code %s has no %s in %s, so that locale shows nothing; add the text, or set"
          + Hint.MISSING_TRANSLATION_OPTION),
  TEXT_TOO_LONG(
      "text-too-long", "the %s in %s of code %s is %d characters long; a text may have at most %d"),

  // The processor itself.
  INVALID_OPTION("invalid-option", "the option -A%s=%s is not understood; use one of %s"),
  WRITE_FAILED("write-failed", "could not write %s: %s"),
  INTERNAL_ERROR(
      "internal-error",
      "unexpected %s while generating this catalog: %s. This is a bug in Error Catalog; please"
          + " report it with the table that triggers it and this stack trace:%n%s"),
  MEMBER_CLASH(
      "member-clash",
      "code %s would become the constant %s, but the generated type %s declares the %s; leave this"
          + " code out of the table"),

  // Documentation links and deprecation.
  INVALID_DOCS_TEMPLATE(
      "invalid-docs-url",
      "the documentation URL template \"%s\" is not an absolute http or https URL (%s); give one"
          + " such as \"https://example.com/errors/{code}\""),
  INVALID_DOCS_URL(
      "invalid-docs-url",
      "the documentation URL of code %s \"%s\" is not an absolute http or https URL (%s); give one"
          + " such as \"https://example.com/errors/{code}\""),
  REPLACEMENT_NOT_DEPRECATED(
      "replacement-not-deprecated",
      "code %s names a replacement, %s, but is not deprecated; add \"deprecated\" with the reason,"
          + " or remove \"replacedBy\""),
  UNKNOWN_REPLACEMENT(
      "unknown-replacement",
      "code %s is replaced by %s, which this catalog does not define; name a code of the catalog"),
  REPLACEMENT_CYCLE(
      "replacement-cycle",
      "the deprecated code %s is replaced by deprecated codes that lead back to it (%s); replace"
          + " one of them by a code that is not deprecated");

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

  /** The filled template, without tag or position. */
  String format(Object... args) {
    return String.format(Locale.ROOT, template, args);
  }

  /** Advice shared by several templates. */
  private static final class Hint {
    static final String JSON_FORMAT = "; see the JSON table format in the README";
    static final String CSV_HEADER =
        "; the header names code and message, and optionally status, category, description,"
            + " solution, docs, deprecated, replacedBy and localized columns such as"
            + " message@zh-CN";
    static final String MISSING_TRANSLATION_OPTION =
        " -Aerrorcatalog.missingTranslation=ignore (or =error)";

    private Hint() {}
  }
}
