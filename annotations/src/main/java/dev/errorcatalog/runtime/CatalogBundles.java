package dev.errorcatalog.runtime;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The resource bundles of one generated catalog, looked up once per locale. Used by generated code;
 * not meant to be called directly.
 *
 * <p>{@link ResourceBundle#getBundle(String, Locale)} is caller-sensitive (in a named module it
 * only sees the caller's own module), so the generated type passes a loader that calls it itself.
 * This class adds what the plain call lacks: a per-locale cache, and no fallback to the JVM's
 * default locale, which would answer a request for French with Chinese on a machine set to
 * Chinese. A locale without a bundle of its own gets the root bundle, written in the catalog's
 * default locale.
 */
public final class CatalogBundles {

  private static final ResourceBundle.Control CANDIDATES =
      ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_DEFAULT);

  private final String baseName;
  private final Function<Locale, ResourceBundle> loader;
  private final ConcurrentMap<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();

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
   * The text stored under a key, in the given locale or the nearest one that has it. Returns
   * {@code null} rather than an {@code Optional} so that the generated {@code message(Locale)}
   * allocates nothing.
   *
   * @param locale the wanted locale; {@code null} means the catalog's default locale
   * @param key the bundle key
   * @return the text, or {@code null} where no bundle in the chain has the key
   */
  public String text(Locale locale, String key) {
    ResourceBundle bundle = bundle(locale == null ? Locale.ROOT : locale);
    if (bundle == null || !bundle.containsKey(key)) {
      return null;
    }
    return bundle.getString(key);
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

  private ResourceBundle bundle(Locale locale) {
    ResourceBundle cached = bundles.get(locale);
    if (cached != null) {
      return cached;
    }
    ResourceBundle loaded = load(locale);
    if (loaded != null) {
      bundles.putIfAbsent(locale, loaded);
    }
    return loaded;
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
