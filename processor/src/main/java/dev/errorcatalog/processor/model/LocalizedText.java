package dev.errorcatalog.processor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One text of an entry in every locale the table gives it, sorted by language tag so that generated
 * output does not depend on table or hash order.
 *
 * @param translations the texts, at most one per locale
 */
public record LocalizedText(List<Translation> translations) {

  /** Language-tag order, the order of bundles and Javadoc lines. */
  public static final Comparator<Locale> LOCALE_ORDER = Comparator.comparing(Locale::toLanguageTag);

  public LocalizedText {
    translations =
        translations.stream()
            .sorted(Comparator.comparing(Translation::locale, LOCALE_ORDER))
            .toList();
  }

  /** No text in any locale. */
  public static LocalizedText none() {
    return new LocalizedText(List.of());
  }

  /** The text in exactly {@code locale}, without fallback. */
  public Optional<Translation> in(Locale locale) {
    return translations.stream().filter(t -> t.locale().equals(locale)).findFirst();
  }

  /** The text in exactly {@code locale}, without fallback. */
  public Optional<String> textIn(Locale locale) {
    return in(locale).map(Translation::text);
  }

  /** Whether no locale has this text. */
  public boolean isEmpty() {
    return translations.isEmpty();
  }
}
