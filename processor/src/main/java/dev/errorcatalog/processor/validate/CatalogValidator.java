package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Problem;
import dev.errorcatalog.processor.model.BundleKeys;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.GeneratedMembers;
import dev.errorcatalog.processor.model.LocalizedText;
import dev.errorcatalog.processor.model.Translation;
import dev.errorcatalog.processor.read.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.tools.Diagnostic;

/**
 * Checks a catalog as a whole: what no single row can show. Returns every problem found, in table
 * order; a duplicate names both places.
 */
public final class CatalogValidator {

  /**
   * The longest text accepted: the default-locale message becomes a string constant, and a class
   * file holds at most 65,535 bytes of modified UTF-8 in one (three bytes a character at worst).
   */
  public static final int MAX_TEXT_LENGTH = 16_384;

  private final MissingTranslationPolicy missingTranslations;

  public CatalogValidator(MissingTranslationPolicy missingTranslations) {
    this.missingTranslations = missingTranslations;
  }

  /**
   * The problems of {@code catalog}.
   *
   * @param culpritOfTable the {@code sources} element of each table path
   */
  public List<Problem> validate(Catalog catalog, Function<String, Culprit> culpritOfTable) {
    List<Problem> problems = new ArrayList<>();
    GeneratedMembers.nestedTypeClash(catalog.name())
        .ifPresent(
            nested ->
                problems.add(
                    Problem.of(
                        Message.NESTED_TYPE_NAME,
                        Culprit.NAME,
                        catalog.name(),
                        nested,
                        catalog.name())));
    Map<String, Entry> byCode = new HashMap<>();
    Map<String, Entry> byConstant = new HashMap<>();
    for (Entry entry : catalog.entries()) {
      Culprit culprit = culpritOfTable.apply(entry.position().table());
      Entry sameCode = byCode.putIfAbsent(entry.code(), entry);
      if (sameCode != null) {
        problems.add(
            Problem.at(
                Message.DUPLICATE_CODE,
                culprit,
                entry.position(),
                sameCode.position(),
                entry.code()));
        continue;
      }
      Entry sameConstant = byConstant.putIfAbsent(entry.constantName(), entry);
      if (sameConstant != null) {
        problems.add(
            Problem.at(
                Message.CONSTANT_NAME_CLASH,
                culprit,
                entry.position(),
                sameConstant.position(),
                entry.code(),
                sameConstant.code(),
                entry.constantName()));
      }
      GeneratedMembers.clashOf(entry.constantName())
          .ifPresent(
              member ->
                  problems.add(
                      Problem.at(
                          Message.MEMBER_CLASH,
                          culprit,
                          entry.position(),
                          entry.code(),
                          entry.constantName(),
                          catalog.name(),
                          member)));
      checkMessage(catalog, entry, culprit, problems);
      checkLengths(entry, culprit, problems);
      for (TextField field : TextField.values()) {
        checkPlaceholders(entry, field, culprit, problems);
      }
      checkTranslations(catalog, entry, culprit, problems);
    }
    checkBundleKeys(catalog, byCode, culpritOfTable, problems);
    Replacements.check(catalog, byCode, culpritOfTable, problems);
    return problems;
  }

  private static void checkMessage(
      Catalog catalog, Entry entry, Culprit culprit, List<Problem> problems) {
    Optional<String> message = entry.message().textIn(catalog.defaultLocale());
    if (message.isEmpty() || message.get().isBlank()) {
      problems.add(
          Problem.at(
              Message.MISSING_MESSAGE,
              culprit,
              entry.position(),
              entry.code(),
              catalog.defaultLocale().toLanguageTag()));
    }
  }

  private static void checkLengths(Entry entry, Culprit culprit, List<Problem> problems) {
    for (TextField field : TextField.values()) {
      for (Translation translation : entry.text(field).translations()) {
        if (translation.text().length() > MAX_TEXT_LENGTH) {
          problems.add(
              Problem.at(
                  Message.TEXT_TOO_LONG,
                  culprit,
                  translation.position(),
                  field.key(),
                  translation.locale().toLanguageTag(),
                  entry.code(),
                  translation.text().length(),
                  MAX_TEXT_LENGTH));
        }
      }
    }
  }

  private static void checkPlaceholders(
      Entry entry, TextField field, Culprit culprit, List<Problem> problems) {
    List<Translation> translations = entry.text(field).translations();
    if (translations.size() < 2) {
      return;
    }
    Translation first = translations.get(0);
    List<String> expected = Placeholders.of(first.text());
    for (Translation other : translations.subList(1, translations.size())) {
      List<String> actual = Placeholders.of(other.text());
      if (!actual.equals(expected)) {
        problems.add(
            Problem.at(
                Message.PLACEHOLDER_MISMATCH,
                culprit,
                other.position(),
                entry.code(),
                field.key(),
                first.locale().toLanguageTag(),
                render(expected),
                other.locale().toLanguageTag(),
                render(actual)));
      }
    }
  }

  /** One problem per code and locale, naming every text that locale lacks. */
  private void checkTranslations(
      Catalog catalog, Entry entry, Culprit culprit, List<Problem> problems) {
    Optional<Diagnostic.Kind> kind = missingTranslations.kind();
    if (kind.isEmpty()) {
      return;
    }
    for (Locale locale : catalog.locales()) {
      List<String> missing = new ArrayList<>();
      for (TextField field : TextField.values()) {
        LocalizedText text = entry.text(field);
        if (!text.isEmpty() && text.in(locale).isEmpty()) {
          missing.add(field.key());
        }
      }
      if (!missing.isEmpty()) {
        String fields = String.join(", ", missing);
        Problem problem =
            locale.equals(catalog.defaultLocale())
                ? Problem.at(
                    Message.MISSING_DEFAULT_TRANSLATION,
                    culprit,
                    entry.position(),
                    entry.code(),
                    fields,
                    locale.toLanguageTag())
                : Problem.at(
                    Message.MISSING_TRANSLATION,
                    culprit,
                    entry.position(),
                    entry.code(),
                    fields,
                    locale.toLanguageTag(),
                    catalog.defaultLocale().toLanguageTag());
        problems.add(problem.withKind(kind.get()));
      }
    }
  }

  /** A code must not be another code's description or solution key in the bundles. */
  private static void checkBundleKeys(
      Catalog catalog,
      Map<String, Entry> byCode,
      Function<String, Culprit> culpritOfTable,
      List<Problem> problems) {
    List<String> textSuffixes =
        List.of(BundleKeys.suffix(TextField.DESCRIPTION), BundleKeys.suffix(TextField.SOLUTION));
    for (Entry entry : catalog.entries()) {
      List<String> suffixes = new ArrayList<>(textSuffixes);
      suffixes.addAll(BundleKeys.linkSuffixes(entry));
      for (String suffix : suffixes) {
        Entry clash = byCode.get(entry.code() + suffix);
        if (clash != null) {
          problems.add(
              Problem.at(
                  Message.BUNDLE_KEY_CLASH,
                  culpritOfTable.apply(clash.position().table()),
                  clash.position(),
                  entry.position(),
                  clash.code(),
                  suffix.substring(1),
                  entry.code()));
        }
      }
    }
  }

  private static String render(List<String> placeholders) {
    if (placeholders.isEmpty()) {
      return "none";
    }
    StringBuilder text = new StringBuilder();
    for (String placeholder : placeholders) {
      text.append(text.length() == 0 ? "" : " ").append('%').append(placeholder);
    }
    return text.toString();
  }
}
