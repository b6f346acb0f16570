package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The locales of one generated catalog besides its default locale, and for each requested locale
 * the ones that answer it, most specific first. Used by generated code; not meant to be called
 * directly.
 *
 * <p>A generated catalog compiles its messages in every locale into its own code, so that {@code
 * message(Locale)} reads no resource bundle. This class keeps the fallback of the catalog's bundles
 * as {@link CatalogBundles} reads them: the candidate locales of the request, as {@link
 * ResourceBundle.Control#FORMAT_DEFAULT} lists them ({@code zh-Hans-CN}, {@code zh-Hans}, {@code
 * zh-CN}, {@code zh}, root), in which a catalog locale counts when its bundle would have the
 * candidate's bundle name; never the JVM's default locale. The default locale is the root bundle,
 * which every chain ends with and this class leaves out.
 *
 * <p>Each locale's chain is worked out on its first request and kept: reads take no lock and
 * allocate nothing.
 */
public final class CatalogLocales {

  private static final ResourceBundle.Control CANDIDATES =
      ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_DEFAULT);

  /**
   * The base name given to the {@code Control}, which needs one; only its suffixes are compared.
   */
  private static final String BASE_NAME = "";

  /** The bundle name of each catalog locale, by its index. */
  private final List<String> bundleNames;

  /** Per requested locale, the indices of the catalog locales that answer it. */
  private final LocaleCache<int[]> chains =
      new LocaleCache<>() {
        @Override
        int[] compute(Locale locale) {
          return indices(locale);
        }
      };

  /**
   * Creates the locales of one catalog.
   *
   * @param languageTags the catalog's locales besides its default, as BCP 47 language tags; a chain
   *     names each by its index here
   */
  public CatalogLocales(String... languageTags) {
    // Loops, not streams: a catalog type creates this in its initializer, on the first lookup, and
    // a JVM's first stream pipeline and lambda cost milliseconds there.
    List<String> names = new ArrayList<>(languageTags.length);
    for (String tag : languageTags) {
      names.add(CANDIDATES.toBundleName(BASE_NAME, Locale.forLanguageTag(tag)));
    }
    this.bundleNames = List.copyOf(names);
  }

  /**
   * The catalog locales whose texts answer a request in {@code locale}, most specific first; after
   * them, the default locale's.
   *
   * @param locale the wanted locale; {@code null} means the catalog's default locale
   * @return indices of the locales given to the constructor; empty when the default locale answers
   *     alone. The caller must not change the array, which is shared.
   */
  // A shared array rather than a copy or a List, so that message(Locale) allocates nothing.
  public int[] chain(Locale locale) {
    return chains.get(locale == null ? Locale.ROOT : locale);
  }

  private int[] indices(Locale requested) {
    List<Locale> candidates = CANDIDATES.getCandidateLocales(BASE_NAME, requested);
    int[] indices = new int[candidates.size()];
    int count = 0;
    for (Locale candidate : candidates) {
      int index = bundleNames.indexOf(CANDIDATES.toBundleName(BASE_NAME, candidate));
      if (index >= 0) {
        indices[count++] = index;
      }
    }
    return Arrays.copyOf(indices, count);
  }

  @Override
  public String toString() {
    return "CatalogLocales" + bundleNames;
  }
}
