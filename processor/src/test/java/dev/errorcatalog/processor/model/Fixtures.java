package dev.errorcatalog.processor.model;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Outcome;
import dev.errorcatalog.processor.diagnostic.SourcePosition;
import dev.errorcatalog.processor.read.RawEntry;
import dev.errorcatalog.processor.read.RawTable;
import dev.errorcatalog.processor.read.RawText;
import dev.errorcatalog.processor.read.RawValue;
import dev.errorcatalog.processor.read.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Hand-built raw tables, catalogs and entries for unit tests of the model, the validator and the
 * generators. Every row of a fixture table sits on its own line, given explicitly, so that tests
 * can assert the positions problems name.
 */
public final class Fixtures {

  private Fixtures() {}

  /** A text of {@code field} in {@code tag} (null for the default locale) at line, column 20. */
  public static RawText text(String table, int line, TextField field, String tag, String text) {
    return new RawText(field, tag, text, new SourcePosition(table, line, 20));
  }

  /** A message in {@code tag} (null for the default locale) at line, column 20. */
  public static RawText message(String table, int line, String tag, String text) {
    return text(table, line, TextField.MESSAGE, tag, text);
  }

  /** A row on {@code line}: code at column 1, status (may be null) at column 10, texts as given. */
  public static RawEntry row(String table, int line, String code, String status, RawText... texts) {
    return new RawEntry(
        new SourcePosition(table, line, 1),
        code == null ? null : new RawValue(code, new SourcePosition(table, line, 1)),
        status == null ? null : new RawValue(status, new SourcePosition(table, line, 10)),
        null,
        Arrays.asList(texts),
        null,
        null,
        null);
  }

  /** A row on {@code line} with an English-default message only. */
  public static RawEntry simpleRow(String table, int line, String code, String message) {
    return row(table, line, code, null, message(table, line, null, message));
  }

  /** A raw table at {@code path} whose catalog id is its base name. */
  public static RawTable table(String path, RawEntry... entries) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    return new RawTable(
        path,
        id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Arrays.asList(entries),
        Optional.empty());
  }

  /** Builds {@code tables} into catalog {@code test.TestErrors}, culprit i for table i. */
  public static Outcome<Catalog> build(Locale defaultLocale, RawTable... tables) {
    List<Culprit> culprits = new ArrayList<>();
    for (int i = 0; i < tables.length; i++) {
      culprits.add(Culprit.source(i));
    }
    return new CatalogBuilder()
        .build("test", "TestErrors", defaultLocale, Arrays.asList(tables), culprits);
  }

  /** Builds and fails the test unless the catalog builds without errors. */
  public static Catalog catalog(Locale defaultLocale, RawTable... tables) {
    Outcome<Catalog> outcome = build(defaultLocale, tables);
    assertTrue(outcome.value().isPresent(), () -> "did not build: " + outcome.problems());
    return outcome.value().orElseThrow();
  }

  /** An entry with only a default-locale (English) message, built directly. */
  public static Entry entry(int index, String code) {
    if (!CodeSyntax.isValid(code)) {
      fail("not a valid code: " + code);
    }
    SourcePosition position = SourcePosition.of("t.json", index + 1);
    LocalizedText message =
        new LocalizedText(List.of(new Translation(Locale.ENGLISH, "Message of " + code, position)));
    return new Entry(
        index,
        code,
        CodeSyntax.constantName(code),
        "t",
        OptionalInt.empty(),
        Optional.empty(),
        Map.of(TextField.MESSAGE, message),
        position,
        Optional.empty(),
        Optional.empty());
  }

  /** Entries for {@code codes}, indexed in order. */
  public static List<Entry> entries(List<String> codes) {
    List<Entry> entries = new ArrayList<>(codes.size());
    for (int i = 0; i < codes.size(); i++) {
      entries.add(entry(i, codes.get(i)));
    }
    return entries;
  }

  /**
   * A catalog {@code test.TestErrors} (default locale English) of {@code entries}, from one table
   * {@code t.json}, as {@link #entry} places them.
   */
  public static Catalog catalogOf(List<Entry> entries) {
    CatalogTable table =
        new CatalogTable(
            "t.json", "t", Optional.empty(), Optional.empty(), Optional.empty(), entries.size());
    return new Catalog(
        "test", "TestErrors", Locale.ENGLISH, List.of(Locale.ENGLISH), List.of(table), entries);
  }
}
