package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errorcatalog.processor.ReportedProblems.assertReportedAt;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.SourcePosition;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One compile-testing test per diagnostic of {@link Message}: each asserts the tag, the table, line
 * and column where the parser knows them, the code concerned, and the source line of the annotation
 * attribute the compiler underlines.
 */
class DiagnosticCatalogueTest {

  @TempDir Path tables;

  @Test
  void everyDiagnosticHasATest() {
    Set<Message> covered = EnumSet.noneOf(Message.class);
    for (Method method : DiagnosticCatalogueTest.class.getDeclaredMethods()) {
      Covers covers = method.getAnnotation(Covers.class);
      if (covers != null) {
        covered.addAll(List.of(covers.value()));
      }
    }
    assertWithMessage("diagnostics without a test")
        .that(EnumSet.complementOf(EnumSet.copyOf(covered)))
        .isEmpty();
  }

  @Test
  void readmeTroubleshootingTableListsEveryTagAndNoOther() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String troubleshooting = readme.substring(readme.indexOf("\n## Troubleshooting\n"));
    Set<String> listed = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9-]+)`").matcher(troubleshooting);
    while (row.find()) {
      listed.add(row.group(1));
    }
    Set<String> tags = new TreeSet<>();
    for (Message message : Message.values()) {
      tags.add(message.tag());
    }
    assertWithMessage("tags in README.md's troubleshooting table").that(listed).isEqualTo(tags);
  }

  @Test
  @Covers(Message.NESTED_TYPE_NAME)
  void rejectsANameThatTheGeneratedTypeGivesANestedClass() throws IOException {
    table("ok.csv", "code,message\nA.1,One.\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Entries",
            sources = "ok.csv")
        @dev.errorcatalog.ErrorCatalog(
            name = "Messages3",
            sources = "ok.csv")
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[ErrorCatalog:invalid-name] name \"Entries\" is taken by a class that every generated"
                + " catalog type nests (Codes, Provider, All, Bundles, Entries, Table, Messages0,"
                + " Messages1, ...); use a name such as \"EntriesErrors\"")
        .inFile(source)
        .onLineContaining("\"Entries\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrorCatalog:invalid-name] name \"Messages3\" is taken")
        .inFile(source)
        .onLineContaining("\"Messages3\"");
  }

  @Test
  @Covers({Message.INVALID_NAME, Message.KEYWORD_NAME})
  void rejectsANameThatIsNotAJavaIdentifierOrIsAKeyword() throws IOException {
    table("ok.csv", "code,message\nA.1,One.\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Ocr-Errors",
            sources = "ok.csv")
        @dev.errorcatalog.ErrorCatalog(
            name = "class",
            sources = "ok.csv")
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[ErrorCatalog:invalid-name] name \"Ocr-Errors\" is not a valid Java type name (not an"
                + " identifier)")
        .inFile(source)
        .onLineContaining("Ocr-Errors");
    assertThat(compilation)
        .hadErrorContaining(
            "[ErrorCatalog:invalid-name] name \"class\" is not a valid Java type name (a keyword)")
        .inFile(source)
        .onLineContaining("\"class\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  @Covers(Message.DUPLICATE_NAME)
  void rejectsTwoCatalogsOfOnePackageWithOneName() throws IOException {
    table("ok.csv", "code,message\nA.1,One.\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(name = "Errors", sources = "ok.csv")
        @dev.errorcatalog.ErrorCatalog(name = "Errors", sources = "ok.csv")
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[ErrorCatalog:duplicate-name] another"
                + " @ErrorCatalog in package com.example.t is also named \"Errors\"")
        .inFile(source)
        .onLine(2);
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  @Covers(Message.NO_SOURCES)
  void rejectsEmptySources() {
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = {})
        """);
    assertThat(compile(source))
        .hadErrorContaining("[ErrorCatalog:no-sources] sources is empty")
        .inFile(source)
        .onLineContaining("sources = {}");
  }

  @Test
  @Covers(Message.DUPLICATE_SOURCE)
  void rejectsATableNamedTwice() throws IOException {
    table("ok.csv", "code,message\nA.1,One.\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = {"ok.csv",
                       "ok.csv" /* again */})
        """);
    assertThat(compile(source))
        .hadErrorContaining(
            "[ErrorCatalog:duplicate-source] table ok.csv is named twice in sources")
        .inFile(source)
        .onLineContaining("again");
  }

  @Test
  @Covers(Message.INVALID_DEFAULT_LOCALE)
  void rejectsADefaultLocaleThatIsNoLanguageTag() throws IOException {
    table("ok.csv", "code,message\nA.1,One.\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "ok.csv",
            defaultLocale = "en_US")
        """);
    assertThat(compile(source))
        .hadErrorContaining(
            "[ErrorCatalog:invalid-locale] defaultLocale \"en_US\" is not a valid BCP 47 language tag")
        .inFile(source)
        .onLineContaining("en_US");
  }

  @Test
  @Covers({Message.TABLE_NOT_FOUND, Message.TABLE_PATH_NAMES_NO_FILE})
  void listsEveryPlaceTriedForATableNotFound() {
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "errorcatalog/absent.json")
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[ErrorCatalog:table-not-found] table \"errorcatalog/absent.json\" not found; looked in:")
        .inFile(source)
        .onLineContaining("absent.json");
    assertThat(compilation)
        .hadErrorContaining(tables.resolve("errorcatalog/absent.json").toString());
    assertThat(compilation).hadErrorContaining("the class path");

    JavaFileObject directory =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "errorcatalog/")
        """);
    assertThat(compile(directory))
        .hadErrorContaining(
            "[ErrorCatalog:table-not-found] table \"errorcatalog/\" not found: the path names no"
                + " file")
        .inFile(directory)
        .onLineContaining("errorcatalog/");
  }

  @Test
  @Covers(Message.UNSUPPORTED_FORMAT)
  void rejectsATableThatIsNeitherJsonNorCsv() throws IOException {
    table("codes.xlsx", "code,message\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "codes.xlsx")
        """);
    assertThat(compile(source))
        .hadErrorContaining(
            "[ErrorCatalog:unsupported-format] table \"codes.xlsx\" has no supported extension")
        .inFile(source)
        .onLineContaining("codes.xlsx");
  }

  @Test
  @Covers(Message.TABLE_UNREADABLE)
  void reportsATableThatCannotBeRead() {
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "errorcatalog/test/no-status.csv")
        """);
    Compilation compilation =
        javac().withProcessors(FailingProcessors.unreadableTables()).compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[ErrorCatalog:table-unreadable] table \"errorcatalog/test/no-status.csv\" cannot be read")
        .inFile(source)
        .onLineContaining("no-status.csv");
    assertThat(compilation).hadErrorContaining("the disk is on fire");
  }

  @Test
  @Covers(Message.TABLE_TOO_LARGE)
  void refusesAHugeTableInsteadOfRunningOutOfMemory() throws IOException {
    try (RandomAccessFile huge = new RandomAccessFile(tables.resolve("huge.csv").toFile(), "rw")) {
      huge.setLength((64L << 20) + 1);
    }
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "huge.csv")
        """);
    assertThat(compile(source))
        .hadErrorContaining(
            "[ErrorCatalog:table-too-large] table \"huge.csv\" is larger than 64 MiB")
        .inFile(source)
        .onLineContaining("huge.csv");
  }

  @Test
  @Covers(Message.TABLE_NOT_UTF8)
  void rejectsATableThatIsNotUtf8WithItsLine() throws IOException {
    Files.write(
        tables.resolve("latin1.csv"),
        "code,message\nA.1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "latin1.csv")
        """);
    Compilation reported = compile(source);
    assertThat(reported)
        .hadErrorContaining("the file is not valid UTF-8 (byte 0xE9)")
        .inFile(source)
        .onLineContaining("latin1.csv");
    assertReportedAt(
        reported,
        "not-utf8",
        new SourcePosition("latin1.csv", 2, 8),
        "the file is not valid UTF-8 (byte 0xE9)");
  }

  @Test
  @Covers(Message.TABLE_EMPTY)
  void rejectsATableWithoutCodes() throws IOException {
    table("empty.json", "{\"codes\": []}");
    table("header-only.csv", "code,message\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = {"empty.json",
                       "header-only.csv"})
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("the table has no codes")
        .inFile(source)
        .onLineContaining("empty.json");
    assertReportedAt(
        compilation,
        "empty-table",
        new SourcePosition("empty.json", 0, 0),
        "the table has no codes");
    assertThat(compilation)
        .hadErrorContaining("the table has no codes")
        .inFile(source)
        .onLineContaining("header-only.csv");
    assertReportedAt(
        compilation,
        "empty-table",
        new SourcePosition("header-only.csv", 0, 0),
        "the table has no codes");
  }

  @Test
  @Covers({Message.MALFORMED_JSON, Message.JSON_TOO_DEEP})
  void reportsMalformedJsonWithLineAndColumn() throws IOException {
    table("comma.json", "{\"codes\": [\n  {\"code\": \"A.1\", \"message\": \"m\"},\n]}");
    table("deep.json", "{\"codes\": " + "[".repeat(10_000));
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = {"comma.json",
                       "deep.json"})
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("malformed JSON: Unexpected character (']'")
        .inFile(source)
        .onLineContaining("comma.json");
    assertReportedAt(
        compilation,
        "malformed-json",
        new SourcePosition("comma.json", 3, 1),
        "malformed JSON: Unexpected character (']'");
    assertThat(compilation)
        .hadErrorContaining("[ErrorCatalog:malformed-json]")
        .inFile(source)
        .onLineContaining("deep.json");
    assertReportedAt(
        compilation,
        "malformed-json",
        new SourcePosition("deep.json", 1, 43),
        "malformed JSON: the document nests deeper than 32 levels, where a table needs 4");
  }

  @Test
  @Covers({Message.MALFORMED_CSV, Message.MALFORMED_CSV_ROW})
  void reportsAnUnclosedQuoteWithItsLine() throws IOException {
    table("quote.csv", "code,message\nA.1,\"never closed\nA.2,Two.\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "quote.csv")
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[ErrorCatalog:malformed-csv]")
        .inFile(source)
        .onLineContaining("quote.csv");
    assertReportedAt(
        compilation, "malformed-csv", new SourcePosition("quote.csv", 4, 1), "malformed CSV");
    assertThat(compilation).hadErrorContaining("(in the row that starts at quote.csv:2:1)");
  }

  @Test
  @Covers({
    Message.JSON_ROOT_NOT_OBJECT,
    Message.JSON_CONTENT_AFTER_ROOT,
    Message.JSON_NO_CODES,
    Message.JSON_CODES_NOT_ARRAY,
    Message.JSON_CODE_NOT_OBJECT,
    Message.JSON_UNKNOWN_FIELD,
    Message.JSON_NOT_STRING,
    Message.JSON_STATUS_NOT_NUMBER,
    Message.JSON_TEXT_NOT_TEXT,
    Message.JSON_TRANSLATION_NOT_STRING
  })
  void reportsJsonOfTheWrongShape() throws IOException {
    table("root.json", "[{\"code\": \"A.1\"}]");
    table("codes.json", "{\"codes\": {\"code\": \"A.1\"}}");
    table("field.json", "{\"codes\": [{\"code\": \"A.1\", \"mesage\": \"m\"}]}");
    table(
        "status.json",
        "{\"codes\": [{\"code\": \"A.1\", \"status\": \"400\", \"message\": \"m\"}]}");
    table("after.json", "{\"codes\": [{\"code\": \"A.1\", \"message\": \"m\"}]} []");
    table("nocodes.json", "{\"title\": \"t\"}");
    table("row.json", "{\"codes\": [\"A.1\"]}");
    table("string.json", "{\"codes\": [{\"code\": 1, \"message\": \"m\"}]}");
    table("text.json", "{\"codes\": [{\"code\": \"A.1\", \"message\": 1}]}");
    table("tag.json", "{\"codes\": [{\"code\": \"A.1\", \"message\": {\"en\": 1}}]}");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = {"root.json", "codes.json", "field.json", "status.json", "after.json",
                       "nocodes.json", "row.json", "string.json", "text.json", "tag.json"})
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("the root must be an object with a \"codes\" array, not an array");
    assertReportedAt(
        compilation,
        "json-structure",
        new SourcePosition("root.json", 1, 1),
        "the root must be an object with a \"codes\" array, not an array");
    assertThat(compilation)
        .hadErrorContaining("\"codes\" must be an array of objects, not an object");
    assertReportedAt(
        compilation,
        "json-structure",
        new SourcePosition("codes.json", 1, 11),
        "\"codes\" must be an array of objects, not an object");
    assertThat(compilation).hadErrorContaining("unknown field \"mesage\"");
    assertReportedAt(
        compilation,
        "json-structure",
        new SourcePosition("field.json", 1, 28),
        "unknown field \"mesage\"");
    assertThat(compilation)
        .hadErrorContaining("\"status\" must be a number such as 400, not a string");
    assertReportedAt(
        compilation,
        "json-structure",
        new SourcePosition("status.json", 1, 38),
        "\"status\" must be a number such as 400, not a string");
    assertThat(compilation).hadErrorContaining("unexpected content after the root object");
    assertReportedAt(
        compilation,
        "json-structure",
        new SourcePosition("after.json", 1, 46),
        "unexpected content after the root object");
    assertThat(compilation).hadErrorContaining("the root object has no \"codes\" array");
    assertReportedAt(
        compilation,
        "json-structure",
        new SourcePosition("nocodes.json", 0, 0),
        "the root object has no \"codes\" array");
    assertThat(compilation)
        .hadErrorContaining("each element of \"codes\" must be an object, not a string");
    assertReportedAt(
        compilation,
        "json-structure",
        new SourcePosition("row.json", 1, 12),
        "each element of \"codes\" must be an object, not a string");
    assertThat(compilation).hadErrorContaining("\"code\" must be a string, not a number");
    assertReportedAt(
        compilation,
        "json-structure",
        new SourcePosition("string.json", 1, 21),
        "\"code\" must be a string, not a number");
    assertThat(compilation)
        .hadErrorContaining(
            "\"message\" must be a string or an object of language tags to strings, not a number");
    assertReportedAt(
        compilation,
        "json-structure",
        new SourcePosition("text.json", 1, 39),
        "\"message\" must be a string or an object of language tags to strings, not a number");
    assertThat(compilation).hadErrorContaining("\"message\".en must be a string, not a number");
    assertReportedAt(
        compilation,
        "json-structure",
        new SourcePosition("tag.json", 1, 46),
        "\"message\".en must be a string, not a number");
  }

  @Test
  @Covers({
    Message.CSV_NO_HEADER,
    Message.CSV_METADATA_LINE,
    Message.CSV_METADATA_TWICE,
    Message.CSV_COLUMN_TWICE,
    Message.CSV_UNKNOWN_COLUMN,
    Message.CSV_NO_CODE_COLUMN,
    Message.CSV_NO_MESSAGE_COLUMN
  })
  void reportsAnUnusableCsvHeader() throws IOException {
    table("twice.csv", "code,message,code\nA.1,m,A.1\n");
    table("unknown.csv", "code,message,severity\nA.1,m,high\n");
    table("nocode.csv", "id,message\nA.1,m\n");
    table("nomessage.csv", "code,status\nA.1,400\n");
    table("noheader.csv", "# title: T\n");
    table("meta.csv", "# title: T\n# author: me\n# title: U\ncode,message\nA.1,m\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = {"twice.csv", "unknown.csv", "nocode.csv", "nomessage.csv",
                       "noheader.csv", "meta.csv"})
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("the column \"code\" is named twice (first at twice.csv:1:1)");
    assertReportedAt(
        compilation,
        "csv-header",
        new SourcePosition("twice.csv", 1, 14),
        "the column \"code\" is named twice (first at twice.csv:1:1)");
    assertThat(compilation).hadErrorContaining("unknown column \"severity\"");
    assertReportedAt(
        compilation,
        "csv-header",
        new SourcePosition("unknown.csv", 1, 14),
        "unknown column \"severity\"");
    assertThat(compilation).hadErrorContaining("the header has no \"code\" column");
    assertReportedAt(
        compilation,
        "csv-header",
        new SourcePosition("nocode.csv", 1, 1),
        "the header has no \"code\" column");
    assertThat(compilation).hadErrorContaining("the header has no \"message\" column");
    assertReportedAt(
        compilation,
        "csv-header",
        new SourcePosition("nomessage.csv", 1, 1),
        "the header has no \"message\" column");
    assertThat(compilation).hadErrorContaining("the table has no header row");
    assertReportedAt(
        compilation,
        "csv-header",
        new SourcePosition("noheader.csv", 2, 0),
        "the table has no header row");
    assertThat(compilation).hadErrorContaining("a comment line before the header must read");
    assertReportedAt(
        compilation,
        "csv-header",
        new SourcePosition("meta.csv", 2, 0),
        "a comment line before the header must read");
    assertThat(compilation).hadErrorContaining("the metadata key \"title\" is given twice");
    assertReportedAt(
        compilation,
        "csv-header",
        new SourcePosition("meta.csv", 3, 0),
        "the metadata key \"title\" is given twice");
  }

  @Test
  @Covers(Message.CSV_ROW_TOO_LONG)
  void rejectsARowWithMoreCellsThanTheHeader() throws IOException {
    table("long.csv", "code,message\nA.1,Hello, world\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "long.csv")
        """);
    Compilation reported2 = compile(source);
    assertThat(reported2)
        .hadErrorContaining("the row has 3 cells but the header names 2 columns")
        .inFile(source)
        .onLineContaining("long.csv");
    assertReportedAt(
        reported2,
        "csv-row-too-long",
        new SourcePosition("long.csv", 2, 11),
        "the row has 3 cells but the header names 2 columns");
  }

  @Test
  @Covers(Message.MISSING_CODE)
  void rejectsARowWithoutCode() throws IOException {
    table(
        "nocode.json",
        "{\"codes\": [{\"code\": \" \", \"message\": \"m\"}, {\"message\": \"n\"}]}");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "nocode.json")
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("the row has no code")
        .inFile(source)
        .onLineContaining("nocode.json");
    assertReportedAt(
        compilation,
        "missing-code",
        new SourcePosition("nocode.json", 1, 12),
        "the row has no code");
    assertThat(compilation).hadErrorContaining("the row has no code");
    assertReportedAt(
        compilation,
        "missing-code",
        new SourcePosition("nocode.json", 1, 43),
        "the row has no code");
  }

  @Test
  @Covers(Message.INVALID_CODE)
  void rejectsACodeThatDoesNotLookLikeACode() throws IOException {
    table("bad.csv", "code,message\nAIS.0014 ,m\nAIS..1,m\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "bad.csv")
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("\"AIS.0014 \" does not look like an error code")
        .inFile(source)
        .onLineContaining("bad.csv");
    assertReportedAt(
        compilation,
        "invalid-code",
        new SourcePosition("bad.csv", 2, 1),
        "\"AIS.0014 \" does not look like an error code");
    assertThat(compilation).hadErrorContaining("\"AIS..1\"");
    assertReportedAt(
        compilation, "invalid-code", new SourcePosition("bad.csv", 3, 1), "\"AIS..1\"");
  }

  @Test
  @Covers(Message.DUPLICATE_CODE)
  void rejectsADuplicateCodeNamingBothLinesEvenAcrossTables() throws IOException {
    table("a.csv", "code,message\nA.1,One.\nA.2,Two.\n");
    table("b.json", "{\"codes\": [\n  {\"code\": \"A.2\", \"message\": \"Deux.\"}\n]}");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = {"a.csv",
                       "b.json"})
        """);
    Compilation reported3 = compile(source);
    assertThat(reported3)
        .hadErrorContaining("code A.2 is also defined at a.csv:3:1")
        .inFile(source)
        .onLineContaining("b.json");
    assertReportedAt(
        reported3,
        "duplicate-code",
        new SourcePosition("b.json", 2, 3),
        "code A.2 is also defined at a.csv:3:1");
  }

  @Test
  @Covers(Message.CONSTANT_NAME_CLASH)
  void rejectsTwoCodesThatBecomeOneConstantNamingBoth() throws IOException {
    table("clash.csv", "code,message\nAIS.0014,One.\nais-0014,Two.\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "clash.csv")
        """);
    Compilation reported4 = compile(source);
    assertThat(reported4)
        .hadErrorContaining(
            "code ais-0014 and code AIS.0014 (at clash.csv:2:1) both become the constant AIS_0014")
        .inFile(source)
        .onLineContaining("clash.csv");
    assertReportedAt(
        reported4,
        "constant-clash",
        new SourcePosition("clash.csv", 3, 1),
        "code ais-0014 and code AIS.0014 (at clash.csv:2:1) both become the constant AIS_0014");
  }

  @Test
  @Covers(Message.BUNDLE_KEY_CLASH)
  void rejectsACodeThatIsAnotherCodesBundleKey() throws IOException {
    table("keys.csv", "code,message,description\nA.1,One.,Described.\nA.1.description,Two.,\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "keys.csv")
        """);
    Compilation reported5 = compile(source);
    assertThat(reported5)
        .hadErrorContaining(
            "code A.1.description is the bundle key of the description of code A.1 (at keys.csv:2:1)")
        .inFile(source)
        .onLineContaining("keys.csv");
    assertReportedAt(
        reported5,
        "key-clash",
        new SourcePosition("keys.csv", 3, 1),
        "code A.1.description is the bundle key of the description of code A.1 (at keys.csv:2:1)");
  }

  @Test
  @Covers(Message.INVALID_STATUS)
  void rejectsAStatusThatIsNotAnHttpStatus() throws IOException {
    table("status.csv", "code,status,message\nA.1,99,m\nA.2,600,m\nA.3,4e2,m\nA.4,599,m\n");
    table(
        "status.json", "{\"codes\": [{\"code\": \"B.1\", \"status\": 400.5, \"message\": \"m\"}]}");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = {"status.csv", "status.json"})
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("code A.1 has status \"99\", which is not an HTTP status");
    assertReportedAt(
        compilation,
        "invalid-status",
        new SourcePosition("status.csv", 2, 5),
        "code A.1 has status \"99\", which is not an HTTP status");
    assertReportedAt(
        compilation,
        "invalid-status",
        new SourcePosition("status.csv", 3, 5),
        "code A.2 has status \"600\"");
    assertReportedAt(
        compilation,
        "invalid-status",
        new SourcePosition("status.csv", 4, 5),
        "code A.3 has status \"4e2\"");
    assertReportedAt(
        compilation,
        "invalid-status",
        new SourcePosition("status.json", 1, 38),
        "code B.1 has status \"400.5\"");
    assertThat(compilation).hadErrorCount(4);
  }

  @Test
  @Covers(Message.MISSING_MESSAGE)
  void rejectsACodeWithoutMessageInTheDefaultLocale() throws IOException {
    table("zh.json", "{\"codes\": [{\"code\": \"A.1\", \"message\": {\"zh-CN\": \"\u4e00\"}}]}");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "zh.json")
        """);
    Compilation reported6 = compile(source);
    assertThat(reported6)
        .hadErrorContaining("code A.1 has no message in the catalog's default locale en")
        .inFile(source)
        .onLineContaining("zh.json");
    assertReportedAt(
        reported6,
        "missing-message",
        new SourcePosition("zh.json", 1, 12),
        "code A.1 has no message in the catalog's default locale en");
  }

  @Test
  @Covers(Message.DUPLICATE_TEXT)
  void rejectsATextGivenTwiceForOneLocale() throws IOException {
    table("twice.csv", "code,message,message@en\nA.1,One.,Uno.\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "twice.csv")
        """);
    Compilation reported7 = compile(source);
    assertThat(reported7)
        .hadErrorContaining("code A.1 gives its message in en twice (also at twice.csv:2:5)")
        .inFile(source)
        .onLineContaining("twice.csv");
    assertReportedAt(
        reported7,
        "duplicate-text",
        new SourcePosition("twice.csv", 2, 10),
        "code A.1 gives its message in en twice (also at twice.csv:2:5)");
  }

  @Test
  @Covers(Message.INVALID_LOCALE)
  void rejectsALocaleKeyThatIsNoLanguageTag() throws IOException {
    table(
        "tag.json",
        "{\"codes\": [{\"code\": \"A.1\","
            + " \"message\": {\"en\": \"One.\", \"zh_CN\": \"\u4e00\"}}]}");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "tag.json")
        """);
    Compilation reported8 = compile(source);
    assertThat(reported8)
        .hadErrorContaining("\"zh_CN\" is not a valid BCP 47 language tag")
        .inFile(source)
        .onLineContaining("tag.json");
    assertReportedAt(
        reported8,
        "invalid-locale",
        new SourcePosition("tag.json", 1, 54),
        "\"zh_CN\" is not a valid BCP 47 language tag");
  }

  @Test
  @Covers(Message.PLACEHOLDER_MISMATCH)
  void rejectsTranslationsWhosePlaceholdersDiffer() throws IOException {
    table(
        "printf.csv",
        """
        code,message,message@zh-CN
        A.1,Header %s is empty.,header%d\u4e3a\u7a7a
        A.2,Between %s and %s.,\u5728%s\u4e4b\u95f4
        """);
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "printf.csv")
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "code A.1: the message in en has placeholders %1$s but in zh-CN has %1$d")
        .inFile(source)
        .onLineContaining("printf.csv");
    assertReportedAt(
        compilation,
        "placeholder-mismatch",
        new SourcePosition("printf.csv", 2, 25),
        "code A.1: the message in en has placeholders %1$s but in zh-CN has %1$d");
    assertThat(compilation)
        .hadErrorContaining(
            "code A.2: the message in en has placeholders %1$s %2$s but in zh-CN has %1$s");
  }

  @Test
  @Covers({Message.MISSING_TRANSLATION, Message.MISSING_DEFAULT_TRANSLATION})
  void warnsOfAMissingTranslationUnlessToldOtherwise() throws IOException {
    table("half.csv", "code,message,message@zh-CN\nA.1,One.,\u4e00\nA.2,Two.,\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "half.csv")
        """);
    Compilation warned = compile(source);
    assertThat(warned).succeeded();
    assertThat(warned)
        .hadWarningContaining("code A.2 has no message in zh-CN, so that locale shows the en text")
        .inFile(source)
        .onLineContaining("half.csv");
    assertReportedAt(
        warned,
        "missing-translation",
        new SourcePosition("half.csv", 3, 1),
        "code A.2 has no message in zh-CN, so that locale shows the en text");
    assertThat(warned).hadWarningCount(1);

    Compilation failed = compile(source, "-Aerrorcatalog.missingTranslation=error");
    assertReportedAt(
        failed, "missing-translation", new SourcePosition("half.csv", 3, 1), "code A.2 has no");

    Compilation quiet = compile(source, "-Aerrorcatalog.missingTranslation=ignore");
    assertThat(quiet).succeededWithoutWarnings();

    table("nodefault.csv", "code,message,solution@zh-CN\nA.1,One.,\u4e00\n");
    JavaFileObject noDefault =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "nodefault.csv")
        """);
    Compilation reported9 = compile(noDefault);
    assertThat(reported9)
        .hadWarningContaining("code A.1 has no solution in en, so that locale shows nothing")
        .inFile(noDefault)
        .onLineContaining("nodefault.csv");
    assertReportedAt(
        reported9,
        "missing-translation",
        new SourcePosition("nodefault.csv", 2, 1),
        "code A.1 has no solution in en, so that locale shows nothing");
  }

  @Test
  @Covers(Message.TEXT_TOO_LONG)
  void rejectsATextTooLongForAClassFile() throws IOException {
    table("long.csv", "code,message\nA.1," + "x".repeat(16_385) + "\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "long.csv")
        """);
    assertThat(compile(source))
        .hadErrorContaining(
            "[ErrorCatalog:text-too-long] long.csv:2:5:"
                + " the message in en of code A.1 is 16385 characters long; a text may have at most 16384")
        .inFile(source)
        .onLineContaining("long.csv");
  }

  @Test
  @Covers(Message.INVALID_OPTION)
  void rejectsAnUnknownOptionValue() throws IOException {
    table("ok.csv", "code,message\nA.1,One.\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(name = "Errors", sources = "ok.csv")
        """);
    // A second processor that writes a source makes a compilation of several rounds.
    Compilation compilation =
        javac()
            .withProcessors(new ErrorCatalogProcessor(), new OneSourceProcessor())
            .withOptions(
                "-Aerrorcatalog.missingTranslation=loud", Compilations.resourceDirs(tables))
            .compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[ErrorCatalog:invalid-option] the option -Aerrorcatalog.missingTranslation=loud is not"
                + " understood; use one of warn, error, ignore");
    assertThat(compilation).hadErrorCount(1);
  }

  /** Writes one source in the first round, so that the compilation has a second round. */
  private static final class OneSourceProcessor extends AbstractProcessor {
    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        try (Writer writer =
            processingEnv.getFiler().createSourceFile("com.example.t.Extra").openWriter()) {
          writer.write("package com.example.t; class Extra {}");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  @Covers(Message.WRITE_FAILED)
  void reportsAGeneratedTypeThatCannotBeWritten() throws IOException {
    table("ok.csv", "code,message\nA.1,One.\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Taken",
            sources = "ok.csv")
        """);
    JavaFileObject taken =
        JavaFileObjects.forSourceString(
            "com.example.t.Taken", "package com.example.t; class Taken {}");
    assertThat(compile(List.of(source, taken)))
        .hadErrorContaining("[ErrorCatalog:write-failed] could not write com.example.t.Taken")
        .inFile(source)
        .onLineContaining("Taken");
  }

  @Test
  @Covers(Message.INTERNAL_ERROR)
  void reportsAnUnexpectedExceptionAsOneError() {
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "errorcatalog/test/no-status.csv")
        """);
    Compilation compilation =
        javac().withProcessors(FailingProcessors.brokenFiler()).compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[ErrorCatalog:internal-error] unexpected"
                + " IllegalStateException while generating this catalog: the filer broke")
        .inFile(source);
    // The stack trace, for the bug report.
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: the filer broke");
    assertThat(compilation).hadErrorContaining("at dev.errorcatalog.processor.read.TableLocator");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  @Covers(Message.MEMBER_CLASH)
  void rejectsACodeWhoseConstantWouldBeAGeneratedMember() throws IOException {
    table("member.csv", "code,message\nA.1,One.\ncatalog,Two.\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "member.csv")
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[ErrorCatalog:member-clash] member.csv:3:1: code catalog would become the constant"
                + " CATALOG, but the generated type Errors declares the field CATALOG (the catalog"
                + " object); leave this code out of the table")
        .inFile(source)
        .onLineContaining("member.csv");
    assertReportedAt(
        compilation,
        "member-clash",
        new SourcePosition("member.csv", 3, 1),
        "code catalog would become the constant CATALOG, but the generated type Errors declares"
            + " the field CATALOG (the catalog object); leave this code out of the table");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void letsAnOutOfMemoryErrorThroughInsteadOfReportingIt() {
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(name = "Errors", sources = "errorcatalog/test/no-status.csv")
        """);
    Throwable thrown =
        assertThrows(
            Throwable.class,
            () -> javac().withProcessors(FailingProcessors.exhaustedFiler()).compile(source));
    Throwable cause = thrown;
    while (cause.getCause() != null && !(cause instanceof OutOfMemoryError)) {
      cause = cause.getCause();
    }
    assertWithMessage("%s", thrown).that(cause).isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  void pointsAtTheTableOfARepeatedAnnotation() throws IOException {
    table("ok.csv", "code,message\nA.1,One.\n");
    table("bad.csv", "code,message\nB.1,\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(name = "Good", sources = "ok.csv")
        @dev.errorcatalog.ErrorCatalog(
            name = "Bad",
            sources = {"ok.csv",
                       "bad.csv"})
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[ErrorCatalog:missing-message]")
        .inFile(source)
        .onLineContaining("\"bad.csv\"");
    assertReportedAt(
        compilation, "missing-message", new SourcePosition("bad.csv", 2, 1), "code B.1 has no");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  @Covers({Message.INVALID_DOCS_TEMPLATE, Message.INVALID_DOCS_URL})
  void rejectsADocumentationUrlThatIsNotAbsoluteHttpWithTableAndLine() throws IOException {
    table(
        "docs.json",
        """
        {"docs": "ftp://example.com/{code}",
         "codes": [
          {"code": "A.1", "message": "One."},
          {"code": "A.2", "message": "Two.", "docs": "errors/A.2.html"}]}
        """);
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(
            name = "Errors",
            sources = "docs.json")
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("the documentation URL template")
        .inFile(source)
        .onLineContaining("docs.json");
    assertReportedAt(
        compilation,
        "invalid-docs-url",
        new SourcePosition("docs.json", 1, 10),
        "the documentation URL template \"ftp://example.com/{code}\" is not an absolute http or"
            + " https URL (the scheme is ftp)");
    assertReportedAt(
        compilation,
        "invalid-docs-url",
        new SourcePosition("docs.json", 4, 46),
        "the documentation URL of code A.2 \"errors/A.2.html\" is not an absolute http or https"
            + " URL (it is not absolute)");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  @Covers(Message.REPLACEMENT_NOT_DEPRECATED)
  void rejectsAReplacementOfACodeThatIsNotDeprecated() throws IOException {
    table("dep.csv", "code,message,replacedBy\nA.1,One.,A.2\nA.2,Two.,\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(name = "Errors", sources = "dep.csv")
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("names a replacement")
        .inFile(source)
        .onLineContaining("dep.csv");
    assertReportedAt(
        compilation,
        "replacement-not-deprecated",
        new SourcePosition("dep.csv", 2, 10),
        "code A.1 names a replacement, A.2, but is not deprecated; add \"deprecated\" with the"
            + " reason, or remove \"replacedBy\"");
  }

  @Test
  @Covers(Message.UNKNOWN_REPLACEMENT)
  void rejectsAReplacementTheCatalogDoesNotDefine() throws IOException {
    table("dep.csv", "code,message,deprecated,replacedBy\nA.1,One.,Retired.,B.9\n");
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(name = "Errors", sources = "dep.csv")
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("is replaced by B.9")
        .inFile(source)
        .onLineContaining("dep.csv");
    assertReportedAt(
        compilation,
        "unknown-replacement",
        new SourcePosition("dep.csv", 2, 19),
        "code A.1 is replaced by B.9, which this catalog does not define; name a code of the"
            + " catalog");
  }

  @Test
  @Covers(Message.REPLACEMENT_CYCLE)
  void rejectsDeprecatedCodesThatReplaceEachOtherInACycleOnce() throws IOException {
    table(
        "dep.csv",
        """
        code,message,deprecated,replacedBy
        A.1,One.,Use A.2.,A.2
        A.2,Two.,Use A.3.,A.3
        A.3,Three.,Use A.1.,A.1
        A.4,Four.,Use A.4.,A.4
        A.5,Five.,Use A.6.,A.6
        A.6,Six.,,
        """);
    JavaFileObject source =
        packageInfo(
            """
        @dev.errorcatalog.ErrorCatalog(name = "Errors", sources = "dep.csv")
        """);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("the deprecated code A.1")
        .inFile(source)
        .onLineContaining("dep.csv");
    assertReportedAt(
        compilation,
        "replacement-cycle",
        new SourcePosition("dep.csv", 2, 19),
        "the deprecated code A.1 is replaced by deprecated codes that lead back to it (A.1 -> A.2"
            + " -> A.3 -> A.1); replace one of them by a code that is not deprecated");
    assertReportedAt(
        compilation,
        "replacement-cycle",
        new SourcePosition("dep.csv", 5, 20),
        "the deprecated code A.4 is replaced by deprecated codes that lead back to it (A.4 ->"
            + " A.4)");
    assertThat(compilation).hadErrorCount(2);
  }

  private void table(String name, String content) throws IOException {
    Files.createDirectories(tables.resolve(name).getParent());
    Files.writeString(tables.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static JavaFileObject packageInfo(String annotations) {
    return JavaFileObjects.forSourceString(
        "com.example.t.package-info", annotations + "package com.example.t;\n");
  }

  private Compilation compile(JavaFileObject source, String... options) {
    return compile(List.of(source), options);
  }

  private Compilation compile(List<JavaFileObject> sources, String... options) {
    List<String> all = new ArrayList<>(List.of(options));
    all.add(Compilations.resourceDirs(tables));
    return Compilations.compile(all, sources.toArray(new JavaFileObject[0]));
  }
}
