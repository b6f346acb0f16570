package dev.errorcatalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * An immutable, ordered set of {@link Catalog}s, searched together. One code can be documented by
 * several catalogs with different texts ({@code APIG.0201} is "The request body is oversized." on
 * one page and "Backend timeout." on another), so {@link #resolve(String)} answers with the entry
 * of every catalog that documents it.
 *
 * <pre>{@code
 * Catalogs catalogs = Catalogs.installed();          // every catalog jar on the class path
 * for (ErrorCode entry : catalogs.resolve("APIG.0201")) {
 *   System.out.println(entry.catalog() + ": " + entry.message(Locale.ENGLISH));
 * }
 * catalogs.find("ocr", "AIS.0101");                 // Optional<ErrorCode>
 * }</pre>
 */
public final class Catalogs {

  /** The order of {@link #installed()}: by id, then by the name of the catalog's class. */
  private static final Comparator<Catalog<?>> BY_ID_THEN_TYPE =
      Comparator.<Catalog<?>, String>comparing(Catalog::id)
          .thenComparing(catalog -> catalog.getClass().getName());

  private final List<Catalog<?>> catalogs;

  private Catalogs(List<Catalog<?>> catalogs) {
    this.catalogs = List.copyOf(catalogs);
  }

  /**
   * Every catalog that {@link ServiceLoader} finds through the current thread's context class
   * loader (or, where a thread has none, the class loader of this class), on the class path or the
   * module path: the Error Catalog processor registers each catalog it generates. Each call looks
   * again, so keep the result rather than calling this per lookup.
   *
   * @return the catalogs, ordered by id, then by the name of their class (for a generated catalog,
   *     a member of the generated type)
   * @throws java.util.ServiceConfigurationError if a registered catalog cannot be loaded, as {@link
   *     ServiceLoader} reports it
   */
  public static Catalogs installed() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = Catalogs.class.getClassLoader();
    }
    List<Catalog<?>> found = new ArrayList<>();
    for (Catalog<?> catalog : ServiceLoader.load(Catalog.class, loader)) {
      found.add(catalog);
    }
    found.sort(BY_ID_THEN_TYPE);
    return new Catalogs(found);
  }

  /**
   * The given catalogs, in the given order.
   *
   * @param catalogs the catalogs, such as {@code OcrErrors.CATALOG}
   * @return the catalogs, searched in this order
   * @throws NullPointerException if the array or one of the catalogs is {@code null}
   */
  public static Catalogs of(Catalog<?>... catalogs) {
    return new Catalogs(Arrays.asList(catalogs));
  }

  /**
   * The catalogs, in search order.
   *
   * @return an unmodifiable list
   */
  public List<Catalog<?>> catalogs() {
    return catalogs;
  }

  /**
   * The first catalog with an id.
   *
   * @param id a catalog id, matched exactly, such as {@code "ocr"}
   * @return the catalog, or empty when none has that id (or {@code id} is {@code null})
   */
  public Optional<Catalog<?>> byId(String id) {
    for (Catalog<?> catalog : catalogs) {
      if (catalog.id().equals(id)) {
        return Optional.of(catalog);
      }
    }
    return Optional.empty();
  }

  /**
   * The entries of a code in every catalog that documents it.
   *
   * @param code the code, matched exactly
   * @return the entries, one per catalog that documents the code, in catalog order; empty for an
   *     unknown or {@code null} code
   */
  public List<ErrorCode> resolve(String code) {
    if (code == null) {
      return List.of();
    }
    List<ErrorCode> entries = new ArrayList<>();
    for (Catalog<?> catalog : catalogs) {
      catalog.lookup(code).ifPresent(entries::add);
    }
    return List.copyOf(entries);
  }

  /**
   * The entry of a code in the catalog with an id. Where several catalogs share the id, the first
   * of them that documents the code answers.
   *
   * @param catalogId a catalog id, matched exactly, such as {@code "ocr"}
   * @param code the code, matched exactly
   * @return the entry, or empty when no catalog of that id documents the code (or either argument
   *     is {@code null})
   */
  public Optional<ErrorCode> find(String catalogId, String code) {
    if (catalogId == null || code == null) {
      return Optional.empty();
    }
    for (Catalog<?> catalog : catalogs) {
      if (catalog.id().equals(catalogId)) {
        Optional<? extends ErrorCode> entry = catalog.lookup(code);
        if (entry.isPresent()) {
          return Optional.of(entry.get());
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    for (Catalog<?> catalog : catalogs) {
      ids.add(catalog.id());
    }
    return "Catalogs" + ids;
  }
}
