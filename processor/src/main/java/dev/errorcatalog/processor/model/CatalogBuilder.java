package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Outcome;
import dev.errorcatalog.processor.diagnostic.Problem;
import dev.errorcatalog.processor.read.RawEntry;
import dev.errorcatalog.processor.read.RawTable;
import dev.errorcatalog.processor.read.RawText;
import dev.errorcatalog.processor.read.RawValue;
import dev.errorcatalog.processor.read.TextField;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns raw tables into a {@link Catalog}, checking each value on its own: the code's syntax, the
 * status, the language tags. Checks across entries (duplicates, placeholders) belong to the
 * validator. A row with a bad value is reported and left out, and the other rows are still checked,
 * so one compilation reports every problem.
 */
public final class CatalogBuilder {

  private static final Pattern STATUS = Pattern.compile("[0-9]{3}");

  /**
   * Builds the catalog {@code name} in {@code packageName} from its tables.
   *
   * @param tableCulprits for each table, the {@code sources} element that names it
   */
  public Outcome<Catalog> build(
      String packageName,
      String name,
      Locale defaultLocale,
      List<RawTable> tables,
      List<Culprit> tableCulprits) {
    List<Problem> problems = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    List<CatalogTable> catalogTables = new ArrayList<>();
    TreeSet<Locale> locales = new TreeSet<>(LocalizedText.LOCALE_ORDER);
    // Each column's tag is parsed once, not once per row.
    Map<String, Locale> tags = new HashMap<>();
    for (int t = 0; t < tables.size(); t++) {
      RawTable table = tables.get(t);
      Culprit culprit = tableCulprits.get(t);
      int before = entries.size();
      Optional<String> docsTemplate = docsTemplate(table.docs(), culprit, problems);
      for (RawEntry raw : table.entries()) {
        entry(
                raw,
                entries.size(),
                table.catalogId(),
                defaultLocale,
                tags,
                docsTemplate,
                culprit,
                problems)
            .ifPresent(
                entry -> {
                  entries.add(entry);
                  entry
                      .texts()
                      .values()
                      .forEach(
                          text ->
                              text.translations()
                                  .forEach(translation -> locales.add(translation.locale())));
                });
      }
      catalogTables.add(
          new CatalogTable(
              table.path(),
              table.catalogId(),
              table.title(),
              table.source(),
              table.note(),
              entries.size() - before));
    }
    locales.remove(defaultLocale);
    List<Locale> ordered = new ArrayList<>();
    ordered.add(defaultLocale);
    ordered.addAll(locales);
    Catalog catalog =
        new Catalog(packageName, name, defaultLocale, ordered, catalogTables, entries);
    return Problem.anyError(problems) ? Outcome.failed(problems) : Outcome.of(catalog, problems);
  }

  private Optional<Entry> entry(
      RawEntry raw,
      int index,
      String catalogId,
      Locale defaultLocale,
      Map<String, Locale> tags,
      Optional<String> docsTemplate,
      Culprit culprit,
      List<Problem> problems) {
    int errors = problems.size();
    RawValue rawCode = raw.code();
    String code = rawCode == null ? "" : rawCode.text();
    if (code.isBlank()) {
      problems.add(Problem.at(Message.MISSING_CODE, culprit, raw.position()));
      return Optional.empty();
    }
    if (!CodeSyntax.isValid(code)) {
      problems.add(Problem.at(Message.INVALID_CODE, culprit, rawCode.position(), code));
      return Optional.empty();
    }
    OptionalInt status = status(raw.status(), code, culprit, problems);
    Map<TextField, LocalizedText> texts =
        texts(raw.texts(), code, defaultLocale, tags, culprit, problems);
    if (problems.size() > errors) {
      return Optional.empty();
    }
    Optional<String> category =
        Optional.ofNullable(raw.category()).map(RawValue::text).filter(text -> !text.isBlank());
    Optional<URI> documentation = documentation(code, raw, docsTemplate, culprit, problems);
    Optional<Deprecation> deprecation = deprecation(code, raw, culprit, problems);
    return Optional.of(
        new Entry(
            index,
            code,
            CodeSyntax.constantName(code),
            catalogId,
            status,
            category,
            texts,
            raw.position(),
            documentation,
            deprecation));
  }

  /** The table's template, if it gives one that makes valid URLs. */
  private static Optional<String> docsTemplate(
      Optional<RawValue> raw, Culprit culprit, List<Problem> problems) {
    if (raw.isEmpty() || raw.get().text().isBlank()) {
      return Optional.empty();
    }
    String template = raw.get().text().strip();
    // A template that fails for one code fails for all: reported once, at the template.
    DocumentationLinks.Result sample =
        DocumentationLinks.parse(DocumentationLinks.expand(template, "CODE"));
    if (sample.uri() == null) {
      problems.add(
          Problem.at(
              Message.INVALID_DOCS_TEMPLATE,
              culprit,
              raw.get().position(),
              template,
              sample.problem()));
      return Optional.empty();
    }
    return Optional.of(template);
  }

  /** The code's own documentation URL, else its table's template filled in; checked. */
  private static Optional<URI> documentation(
      String code,
      RawEntry raw,
      Optional<String> docsTemplate,
      Culprit culprit,
      List<Problem> problems) {
    RawValue ownDocs = nonBlank(raw.docs());
    if (ownDocs == null && docsTemplate.isEmpty()) {
      return Optional.empty();
    }
    String url =
        ownDocs != null ? ownDocs.text() : DocumentationLinks.expand(docsTemplate.get(), code);
    DocumentationLinks.Result parsed = DocumentationLinks.parse(url.strip());
    if (parsed.uri() == null) {
      problems.add(
          Problem.at(
              Message.INVALID_DOCS_URL,
              culprit,
              ownDocs != null ? ownDocs.position() : raw.position(),
              code,
              url,
              parsed.problem()));
    }
    return Optional.ofNullable(parsed.uri());
  }

  /** Why the code is deprecated and what replaces it; a replacement alone is a problem. */
  private static Optional<Deprecation> deprecation(
      String code, RawEntry raw, Culprit culprit, List<Problem> problems) {
    RawValue reason = nonBlank(raw.deprecated());
    RawValue replacedBy = nonBlank(raw.replacedBy());
    if (reason != null) {
      return Optional.of(
          new Deprecation(
              reason.text(),
              Optional.ofNullable(replacedBy).map(value -> value.text().strip()),
              replacedBy != null ? replacedBy.position() : reason.position()));
    }
    if (replacedBy != null) {
      problems.add(
          Problem.at(
              Message.REPLACEMENT_NOT_DEPRECATED,
              culprit,
              replacedBy.position(),
              code,
              replacedBy.text()));
    }
    return Optional.empty();
  }

  private static RawValue nonBlank(RawValue value) {
    return value == null || value.text().isBlank() ? null : value;
  }

  private static OptionalInt status(
      RawValue raw, String code, Culprit culprit, List<Problem> problems) {
    if (raw == null) {
      return OptionalInt.empty();
    }
    String text = raw.text();
    if (STATUS.matcher(text).matches()) {
      int status = Integer.parseInt(text);
      if (status >= 100 && status <= 599) {
        return OptionalInt.of(status);
      }
    }
    problems.add(Problem.at(Message.INVALID_STATUS, culprit, raw.position(), code, text));
    return OptionalInt.empty();
  }

  private static Map<TextField, LocalizedText> texts(
      List<RawText> raw,
      String code,
      Locale defaultLocale,
      Map<String, Locale> tags,
      Culprit culprit,
      List<Problem> problems) {
    Map<TextField, Map<Locale, Translation>> byField = new EnumMap<>(TextField.class);
    for (RawText text : raw) {
      if (text.text().isEmpty()) {
        continue; // an empty text is no text, as an empty CSV cell is
      }
      Locale locale = text.localeTag() == null ? defaultLocale : tags.get(text.localeTag());
      if (locale == null) {
        try {
          locale = new Locale.Builder().setLanguageTag(text.localeTag()).build();
          if (locale.equals(Locale.ROOT)) {
            throw new IllformedLocaleException("no language");
          }
          tags.put(text.localeTag(), locale);
        } catch (IllformedLocaleException e) {
          problems.add(
              Problem.at(
                  Message.INVALID_LOCALE,
                  culprit,
                  text.position(),
                  text.localeTag(),
                  e.getMessage()));
          continue;
        }
      }
      Map<Locale, Translation> translations =
          byField.computeIfAbsent(text.field(), field -> new HashMap<>());
      Translation earlier =
          translations.putIfAbsent(locale, new Translation(locale, text.text(), text.position()));
      if (earlier != null) {
        problems.add(
            Problem.at(
                Message.DUPLICATE_TEXT,
                culprit,
                text.position(),
                earlier.position(),
                code,
                text.field().key(),
                locale.toLanguageTag()));
      }
    }
    Map<TextField, LocalizedText> texts = new EnumMap<>(TextField.class);
    byField.forEach(
        (field, translations) ->
            texts.put(field, new LocalizedText(List.copyOf(translations.values()))));
    return texts;
  }
}
