package dev.errorcatalog.spring.test;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.Catalogs;
import dev.errorcatalog.ErrorCode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The tests' catalogs as {@link Catalogs}, made from the generated types' {@code all()} and {@code
 * lookup}.
 */
public final class TestCatalogs {

  private TestCatalogs() {}

  /** The shop catalog, then the image recognition one. */
  public static Catalogs all() {
    return Catalogs.of(
        new ListedCatalog<>(
            "shop", ShopErrors.all(), ShopErrors::lookup, ShopErrors.bundleBaseName()),
        new ListedCatalog<>(
            "image-recognition-zh",
            ImageRecognitionErrors.all(),
            ImageRecognitionErrors::lookup,
            ImageRecognitionErrors.bundleBaseName()));
  }

  private record ListedCatalog<E extends ErrorCode>(
      String id, List<E> entries, Function<String, Optional<E>> lookup, String bundleBaseName)
      implements Catalog<E> {

    @Override
    public Optional<String> title() {
      return Optional.empty();
    }

    @Override
    public Optional<String> source() {
      return Optional.empty();
    }

    @Override
    public Optional<String> note() {
      return Optional.empty();
    }

    @Override
    public Locale defaultLocale() {
      return Locale.ENGLISH;
    }

    @Override
    public Set<Locale> locales() {
      return Set.of(Locale.ENGLISH, Locale.forLanguageTag("zh-CN"));
    }

    @Override
    public Optional<E> lookup(String code) {
      return lookup.apply(code);
    }
  }
}
