package dev.errorcatalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One error catalog as an object: its id and documentation, its locales and its entries.
 *
 * <p>Every type generated for an {@link ErrorCatalog} has one, {@code NAME.CATALOG}, and registers
 * it for {@link java.util.ServiceLoader}, so that {@link Catalogs#installed()} finds every catalog
 * on the class path or the module path:
 *
 * <pre>{@code
 * Catalog<OcrErrors> ocr = OcrErrors.CATALOG;
 * ocr.id();                     // "ocr"
 * ocr.lookup("AIS.0101");       // Optional<OcrErrors>, as OcrErrors.lookup
 * ocr.entries().size();         // every code, in table order
 * }</pre>
 *
 * <p>A catalog made of several tables takes its {@link #id()}, {@link #title()}, {@link #source()}
 * and {@link #note()} from its first table; each entry still reports the id of its own table
 * through {@link ErrorCode#catalog()}.
 *
 * @param <E> the generated type whose constants are the entries
 */
public interface Catalog<E extends ErrorCode> {

  /**
   * The catalog's id: its first table's {@code catalog} value, or that table's file name without
   * its extension.
   *
   * @return for example {@code "ocr"}
   */
  String id();

  /**
   * The title the first table gives, such as {@code "Optical Character Recognition (OCR)"}.
   *
   * @return the title, or empty where the table gives none
   */
  Optional<String> title();

  /**
   * Where the first table's codes come from, such as the address of the documentation page.
   *
   * @return the source, or empty where the table gives none
   */
  Optional<String> source();

  /**
   * A remark on the whole first table, such as what to do about codes it does not list.
   *
   * @return the note, or empty where the table gives none
   */
  Optional<String> note();

  /**
   * The locale of the texts that carry no locale: the {@code defaultLocale} of the {@code
   * ErrorCatalog}, and the locale every text falls back to.
   *
   * @return for example {@link Locale#ENGLISH}
   */
  Locale defaultLocale();

  /**
   * The default locale and every locale any text of the catalog is translated to.
   *
   * @return an unmodifiable set, iterating the default locale first, then the others in
   *     language-tag order
   */
  Set<Locale> locales();

  /**
   * Every entry, in table order: the same list as the generated {@code all()}.
   *
   * @return an unmodifiable list
   */
  List<E> entries();

  /**
   * The entry of a code, as the generated {@code lookup(String)} finds it.
   *
   * @param code the code, exactly as documented (case matters)
   * @return the entry, or empty for an unknown or {@code null} code
   */
  Optional<E> lookup(String code);

  /**
   * The base name of the catalog's resource bundles, for {@link
   * java.util.ResourceBundle#getBundle(String, Locale)}: the generated type's qualified name.
   *
   * @return for example {@code "com.example.cloud.OcrErrors"}
   */
  String bundleBaseName();
}
