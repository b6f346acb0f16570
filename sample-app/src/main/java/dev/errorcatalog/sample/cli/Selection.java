package dev.errorcatalog.sample.cli;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.Catalogs;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command shares: which catalog, and in which locale. The catalogs are those
 * installed on the class path ({@link Catalogs#installed()}): the five this app generates, and any
 * catalog jar put beside it.
 */
final class Selection {

  /** Looked up once: the class path does not change while the command runs. */
  private static final Catalogs INSTALLED = Catalogs.installed();

  @Option(
      names = "--catalog",
      paramLabel = "ID",
      converter = CatalogConverter.class,
      completionCandidates = CatalogIds.class,
      description = "Only this catalog: ${COMPLETION-CANDIDATES}. Default: every catalog.")
  private Catalog<?> catalog;

  @Option(
      names = "--locale",
      paramLabel = "TAG",
      converter = LanguageTagConverter.class,
      defaultValue = "en",
      description =
          "BCP 47 language tag of the texts, such as en or zh-CN (default: "
              + "${DEFAULT-VALUE}); a text the page does not translate is shown in English.")
  private Locale locale;

  /** The catalogs to search: the one chosen, else all. */
  Catalogs catalogs() {
    return catalog == null ? INSTALLED : Catalogs.of(catalog);
  }

  /** Every installed catalog, whichever was chosen. */
  static Catalogs installed() {
    return INSTALLED;
  }

  /** Whether one catalog was chosen. */
  boolean oneCatalog() {
    return catalog != null;
  }

  Locale locale() {
    return locale;
  }

  /** "in any catalog" or "in catalog ocr". */
  String where() {
    return catalog == null ? "in any catalog" : "in catalog " + catalog.id();
  }

  /** Catalog ids, for the help text. */
  static final class CatalogIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ids().iterator();
    }
  }

  /** A catalog id to its catalog; an unknown id is a usage error naming the known ones. */
  static final class CatalogConverter implements ITypeConverter<Catalog<?>> {
    @Override
    public Catalog<?> convert(String id) {
      return INSTALLED
          .byId(id)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "no catalog '" + id + "'; the catalogs are " + String.join(", ", ids())));
    }
  }

  /** The ids of the installed catalogs, in their order. */
  private static List<String> ids() {
    return INSTALLED.catalogs().stream().map(Catalog::id).toList();
  }

  /**
   * A BCP 47 language tag to a locale. {@link Locale#forLanguageTag} accepts anything (an
   * ill-formed tag silently becomes the root locale), so the tag is checked first.
   */
  static final class LanguageTagConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String tag) {
      try {
        if (tag.isBlank()) {
          throw new IllformedLocaleException("empty tag");
        }
        new Locale.Builder().setLanguageTag(tag);
      } catch (IllformedLocaleException e) {
        throw new TypeConversionException(
            "'"
                + tag
                + "' is not a well-formed BCP 47 language tag ("
                + e.getMessage()
                + "); use one such as en or zh-CN");
      }
      return Locale.forLanguageTag(tag);
    }
  }
}
