package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The resource bundles of one generated catalog, looked up once per locale. Used by generated code;
 * not meant to be called directly.
 *
 * <p>{@link ResourceBundle#getBundle(String, Locale)} is caller-sensitive (in a named module it
 * only sees the caller's own module), so the generated type passes a loader that calls it itself.
 * This class adds what the plain call lacks: a per-locale cache, and no fallback to the JVM's
 * default locale, which would answer a request for French with Chinese on a machine set to Chinese.
 * A locale without a bundle of its own gets the root bundle, written in the catalog's default
 * locale. Descriptions, solutions and links are read here; messages are compiled into the catalog
 * and fall back the same way through {@link CatalogLocales}.
 */
public final class CatalogBundles {

  private static final ResourceBundle.Control CANDIDATES =
      ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_DEFAULT);

  private final String baseName;
  private final Function<Locale, ResourceBundle> loader;
  private final LocaleCache<Chain> chains =
      new LocaleCache<>() {
        @Override
        Chain compute(Locale locale) {
          ResourceBundle loaded = load(locale);
          return loaded == null ? null : new Chain(loaded, levels(locale, loaded));
        }
      };

  /**
   * The bundle of a locale, and, when every bundle of its chain is a {@code .properties} bundle (as
   * the processor generates them), those bundles from the most specific to the root. A {@link
   * PropertyResourceBundle} answers for itself alone through its public {@code handleGetObject}, so
   * a text costs one hash lookup per bundle tried, where {@code containsKey} and then {@code
   * getString} would walk the chain twice.
   */
  // The array never leaves this class and a Chain is never compared: the record's array-identity
  // equals does not matter, and an array is the cheapest thing to walk on every text lookup.
  @SuppressWarnings("ArrayRecordComponent")
  private record Chain(ResourceBundle bundle, PropertyResourceBundle[] levels) {

    String text(String key) {
      if (levels == null) {
        return bundle.containsKey(key) ? bundle.getString(key) : null;
      }
      for (PropertyResourceBundle level : levels) {
        Object text = level.handleGetObject(key);
        if (text != null) {
          return (String) text;
        }
      }
      return null;
    }
  }

  /**
   * Creates the bundles of one catalog.
   *
   * @param baseName the bundles' fully qualified base name, used for the fallback check
   * @param loader calls {@code ResourceBundle.getBundle(baseName, locale)} from the generated type
   */
  public CatalogBundles(String baseName, Function<Locale, ResourceBundle> loader) {
    this.baseName = Objects.requireNonNull(baseName, "baseName");
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /**
   * The text stored under a key, in the given locale or the nearest one that has it. Returns {@code
   * null} rather than an {@code Optional}, for callers that must not allocate.
   *
   * @param locale the wanted locale; {@code null} means the catalog's default locale
   * @param key the bundle key
   * @return the text, or {@code null} where no bundle in the chain has the key
   */
  public String text(Locale locale, String key) {
    Chain chain = chains.get(locale == null ? Locale.ROOT : locale);
    return chain == null ? null : chain.text(key);
  }

  /**
   * The text stored under a key, as {@link #text(Locale, String)}.
   *
   * @param locale the wanted locale; {@code null} means the catalog's default locale
   * @param key the bundle key
   * @return the text, or empty where no bundle in the chain has the key
   */
  public Optional<String> find(Locale locale, String key) {
    return Optional.ofNullable(text(locale, key));
  }

  /**
   * The chain of {@code bundle}, the bundle {@code getBundle} gave for {@code requested}: the
   * bundle, then one per later candidate locale of the request that has a bundle of that very
   * locale, as {@code getBundle} chains them; or {@code null} if any of them is not a {@code
   * .properties} bundle.
   */
  private PropertyResourceBundle[] levels(Locale requested, ResourceBundle bundle) {
    List<Locale> candidates = CANDIDATES.getCandidateLocales(baseName, requested);
    int start = candidates.indexOf(bundle.getLocale());
    if (start < 0) {
      return null;
    }
    List<PropertyResourceBundle> levels = new ArrayList<>();
    for (Locale candidate : candidates.subList(start, candidates.size())) {
      ResourceBundle level;
      try {
        level = candidate.equals(bundle.getLocale()) ? bundle : loader.apply(candidate);
      } catch (MissingResourceException e) {
        continue;
      }
      if (!level.getLocale().equals(candidate)) {
        continue; // no bundle of this locale: getBundle answered with a fallback
      }
      if (!(level instanceof PropertyResourceBundle properties)) {
        return null;
      }
      levels.add(properties);
    }
    return levels.toArray(PropertyResourceBundle[]::new);
  }

  private ResourceBundle load(Locale locale) {
    try {
      ResourceBundle bundle = loader.apply(locale);
      if (locale.equals(Locale.ROOT) || isCandidateOf(bundle.getLocale(), locale)) {
        return bundle;
      }
      // getBundle fell back to the JVM's default locale: the catalog's default is the root.
      return loader.apply(Locale.ROOT);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private boolean isCandidateOf(Locale found, Locale requested) {
    List<Locale> candidates = CANDIDATES.getCandidateLocales(baseName, requested);
    return candidates.contains(found);
  }

  @Override
  public String toString() {
    return "CatalogBundles[" + baseName + "]";
  }
}
