package dev.errorcatalog.processor.model;

import java.util.ArrayList;
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

  private static final Comparator<Translation> TRANSLATION_ORDER =
      Comparator.comparing(Translation::locale, LOCALE_ORDER);

  /** Every entry without a description or solution shares it. */
  private static final LocalizedText NONE = new LocalizedText(List.of());

  public LocalizedText {
    // Most texts have one or two translations: sorted without a stream, as the model is built
    // for every text of every entry.
    List<Translation> sorted = new ArrayList<>(translations);
    sorted.sort(TRANSLATION_ORDER);
    translations = List.copyOf(sorted);
  }

  /** No text in any locale. */
  public static LocalizedText none() {
    return NONE;
  }

  /**
   * The text in exactly {@code locale}, without fallback. A loop, not a stream: every renderer asks
   * this of every text of every entry.
   */
  public Optional<Translation> in(Locale locale) {
    for (Translation translation : translations) {
      if (translation.locale().equals(locale)) {
        return Optional.of(translation);
      }
    }
    return Optional.empty();
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
