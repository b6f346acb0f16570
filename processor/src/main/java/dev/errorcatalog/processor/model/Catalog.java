package dev.errorcatalog.processor.model;

import java.util.List;
import java.util.Locale;

/**
 * One {@code @ErrorCatalog}, fully read: the immutable description the validator checks and the
 * generators render.
 *
 * @param packageName the package of the generated type
 * @param name the generated type's simple name
 * @param defaultLocale the locale of the root bundle
 * @param locales every locale with texts, the default first, then in language-tag order
 * @param tables the tables, in {@code sources} order
 * @param entries the codes, in table order
 */
public record Catalog(
    String packageName,
    String name,
    Locale defaultLocale,
    List<Locale> locales,
    List<CatalogTable> tables,
    List<Entry> entries) {

  public Catalog {
    locales = List.copyOf(locales);
    tables = List.copyOf(tables);
    entries = List.copyOf(entries);
  }

  /** The generated type's qualified name, also the bundles' base name. */
  public String qualifiedName() {
    return packageName.isEmpty() ? name : packageName + "." + name;
  }
}
