package dev.errorcatalog.benchmarks.jmh;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.benchmarks.big.BigErrors;
import dev.errorcatalog.benchmarks.real.AisImageErrors;
import dev.errorcatalog.benchmarks.real.ImageRecognitionErrors;
import dev.errorcatalog.benchmarks.real.ImageSearchErrors;
import dev.errorcatalog.benchmarks.real.OcrErrors;
import dev.errorcatalog.benchmarks.real.VasErrors;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The benchmarked catalogs by index: 0 to 4 are the five real catalogs (346 codes), {@link #BIG}
 * the generated one of 100,000 codes. Calls go through a {@code switch} on the index to the
 * generated static methods and final classes (not a megamorphic interface call), and the baselines
 * go through the same {@code switch} to their map or bundle, so that over the five real catalogs,
 * where the index changes from key to key, both sides pay the same dispatch.
 */
final class Catalogs {

  static final int BIG = 5;
  static final int COUNT = 6;

  private Catalogs() {}

  /** The catalog's entries, in table order. */
  static List<? extends ErrorCode> all(int catalog) {
    return switch (catalog) {
      case 0 -> VasErrors.all();
      case 1 -> AisImageErrors.all();
      case 2 -> ImageSearchErrors.all();
      case 3 -> OcrErrors.all();
      case 4 -> ImageRecognitionErrors.all();
      case BIG -> BigErrors.all();
      default -> throw new IllegalArgumentException("no catalog " + catalog);
    };
  }

  /** The catalog's bundle base name. */
  static String bundleBaseName(int catalog) {
    return switch (catalog) {
      case 0 -> VasErrors.bundleBaseName();
      case 1 -> AisImageErrors.bundleBaseName();
      case 2 -> ImageSearchErrors.bundleBaseName();
      case 3 -> OcrErrors.bundleBaseName();
      case 4 -> ImageRecognitionErrors.bundleBaseName();
      case BIG -> BigErrors.bundleBaseName();
      default -> throw new IllegalArgumentException("no catalog " + catalog);
    };
  }

  /** The generated {@code lookup} of the catalog. */
  static Optional<? extends ErrorCode> lookup(int catalog, String code) {
    return switch (catalog) {
      case 0 -> VasErrors.lookup(code);
      case 1 -> AisImageErrors.lookup(code);
      case 2 -> ImageSearchErrors.lookup(code);
      case 3 -> OcrErrors.lookup(code);
      case 4 -> ImageRecognitionErrors.lookup(code);
      case BIG -> BigErrors.lookup(code);
      default -> throw new IllegalArgumentException("no catalog " + catalog);
    };
  }

  /** {@code map.get(code)} on the catalog's map, through the same dispatch as {@link #lookup}. */
  static Object get(Map<String, ?>[] maps, int catalog, String code) {
    return switch (catalog) {
      case 0 -> maps[0].get(code);
      case 1 -> maps[1].get(code);
      case 2 -> maps[2].get(code);
      case 3 -> maps[3].get(code);
      case 4 -> maps[4].get(code);
      case BIG -> maps[BIG].get(code);
      default -> throw new IllegalArgumentException("no catalog " + catalog);
    };
  }

  /**
   * {@code getString(code)} on the catalog's bundle, through the same dispatch as {@link #message}.
   */
  static String getString(ResourceBundle[] bundles, int catalog, String code) {
    return switch (catalog) {
      case 0 -> bundles[0].getString(code);
      case 1 -> bundles[1].getString(code);
      case 2 -> bundles[2].getString(code);
      case 3 -> bundles[3].getString(code);
      case 4 -> bundles[4].getString(code);
      case BIG -> bundles[BIG].getString(code);
      default -> throw new IllegalArgumentException("no catalog " + catalog);
    };
  }

  /** The generated {@code message(Locale)} of an entry of the catalog. */
  static String message(int catalog, ErrorCode entry, Locale locale) {
    return switch (catalog) {
      case 0 -> ((VasErrors) entry).message(locale);
      case 1 -> ((AisImageErrors) entry).message(locale);
      case 2 -> ((ImageSearchErrors) entry).message(locale);
      case 3 -> ((OcrErrors) entry).message(locale);
      case 4 -> ((ImageRecognitionErrors) entry).message(locale);
      case BIG -> ((BigErrors) entry).message(locale);
      default -> throw new IllegalArgumentException("no catalog " + catalog);
    };
  }

  /** The catalogs of a benchmark size: the five real ones at 346 codes, else the big one. */
  static int[] ofSize(int codes) {
    if (codes == 346) {
      return new int[] {0, 1, 2, 3, 4};
    }
    if (codes == 100_000) {
      return new int[] {BIG};
    }
    throw new IllegalArgumentException("sizes are 346 and 100000, not " + codes);
  }
}
