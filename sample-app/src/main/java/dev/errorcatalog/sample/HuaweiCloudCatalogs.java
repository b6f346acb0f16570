package dev.errorcatalog.sample;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.sample.huaweicloud.AisImageErrors;
import dev.errorcatalog.sample.huaweicloud.ImageRecognitionErrors;
import dev.errorcatalog.sample.huaweicloud.ImageSearchErrors;
import dev.errorcatalog.sample.huaweicloud.OcrErrors;
import dev.errorcatalog.sample.huaweicloud.VasErrors;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every generated Huawei Cloud catalog, searched together. One code can be documented by several
 * services with different texts (APIG.0201 is "The request body is oversized." on one page and
 * "Backend timeout." on another), so a search answers with every catalog's entry.
 */
public final class HuaweiCloudCatalogs {

  /**
   * One generated catalog.
   *
   * @param id the catalog id its entries report ({@link ErrorCode#catalog()}), such as {@code ocr}
   * @param type the generated catalog type, beside which its bundles and reference page lie
   * @param lookup the generated {@code lookup(String)}
   * @param entries the generated {@code all()}: every entry in table order
   */
  public record Catalog(
      String id,
      Class<?> type,
      Function<String, Optional<? extends ErrorCode>> lookup,
      List<? extends ErrorCode> entries) {

    /**
     * The entry of a code in this catalog.
     *
     * @param code the code, matched exactly
     * @return the entry, or empty when this catalog does not document the code
     */
    public Optional<ErrorCode> find(String code) {
      return lookup.apply(code).map(ErrorCode.class::cast);
    }

    /**
     * The catalog's reference page, {@code NAME.html}, which the processor writes beside the
     * generated type: a self-contained HTML page of every code.
     *
     * @return the page's bytes (ASCII)
     * @throws UncheckedIOException if the page is not on the class path or cannot be read
     */
    public byte[] referencePage() {
      String name = type.getSimpleName() + ".html";
      try (InputStream in = type.getResourceAsStream(name)) {
        if (in == null) {
          throw new UncheckedIOException(
              new FileNotFoundException(type.getPackageName() + "/" + name));
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final List<Catalog> CATALOGS =
      List.of(
          catalog(VasErrors.class, VasErrors::lookup, VasErrors.all()),
          catalog(AisImageErrors.class, AisImageErrors::lookup, AisImageErrors.all()),
          catalog(ImageSearchErrors.class, ImageSearchErrors::lookup, ImageSearchErrors.all()),
          catalog(OcrErrors.class, OcrErrors::lookup, OcrErrors.all()),
          catalog(
              ImageRecognitionErrors.class,
              ImageRecognitionErrors::lookup,
              ImageRecognitionErrors.all()));

  private HuaweiCloudCatalogs() {}

  private static Catalog catalog(
      Class<?> type,
      Function<String, Optional<? extends ErrorCode>> lookup,
      List<? extends ErrorCode> entries) {
    // The generated type does not expose its id; every entry reports it, and no table is empty.
    return new Catalog(entries.get(0).catalog(), type, lookup, entries);
  }

  /**
   * Every catalog, in declaration order.
   *
   * @return the five Huawei Cloud catalogs
   */
  public static List<Catalog> all() {
    return CATALOGS;
  }

  /**
   * The ids of every catalog, in declaration order.
   *
   * @return for example {@code [vas, ais-image, image-search, ocr, image-recognition-zh]}
   */
  public static List<String> ids() {
    return CATALOGS.stream().map(Catalog::id).toList();
  }

  /**
   * The catalog with an id.
   *
   * @param id a catalog id, matched exactly
   * @return the catalog, or empty when no catalog has that id
   */
  public static Optional<Catalog> byId(String id) {
    return CATALOGS.stream().filter(catalog -> catalog.id().equals(id)).findFirst();
  }

  /**
   * The entries of {@code code} in every catalog that documents it, in catalog order.
   *
   * @param code the code, matched exactly; {@code null} finds nothing
   * @return the entries, one per catalog that documents the code; empty when none does
   */
  public static List<ErrorCode> resolve(String code) {
    return resolve(code, CATALOGS);
  }

  /**
   * The entries of {@code code} in the given catalogs, in their order.
   *
   * @param code the code, matched exactly; {@code null} finds nothing
   * @param catalogs the catalogs to search
   * @return the entries, one per catalog that documents the code
   */
  public static List<ErrorCode> resolve(String code, List<Catalog> catalogs) {
    Objects.requireNonNull(catalogs, "catalogs");
    List<ErrorCode> entries = new ArrayList<>();
    for (Catalog catalog : catalogs) {
      catalog.find(code).ifPresent(entries::add);
    }
    return entries;
  }
}
