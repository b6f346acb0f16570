package dev.errorcatalog.runtime;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A value worked out once per requested locale and kept, for {@link CatalogBundles} and {@link
 * CatalogLocales}: most callers ask in one locale, so the value used last is at hand without the
 * map. Reads take no lock and allocate nothing.
 *
 * <p>A subclass, not a function given to the constructor: a catalog creates its {@code
 * CatalogLocales} in its static initializer, on the first lookup, where a lambda would cost the
 * JVM's first {@code invokedynamic} bootstrap.
 *
 * @param <V> the value
 */
abstract class LocaleCache<V> {

  /** A locale and its value. */
  private record Kept<V>(Locale locale, V value) {}

  private final ConcurrentMap<Locale, Kept<V>> values = new ConcurrentHashMap<>();

  /** The value used last. */
  private volatile Kept<V> last;

  /**
   * Works out the value of a locale, on its first request.
   *
   * @param locale the requested locale, not {@code null}
   * @return the value, or {@code null} for none, which is not kept
   */
  abstract V compute(Locale locale);

  /**
   * The value of a locale: kept, or worked out now. Racing threads may both work it out; all get
   * the one that was kept first.
   *
   * @param locale the requested locale, not {@code null}
   * @return the value, or {@code null} where {@link #compute} gives none
   */
  final V get(Locale locale) {
    Kept<V> kept = last;
    if (kept == null || !kept.locale().equals(locale)) {
      kept = values.get(locale);
      if (kept == null) {
        V value = compute(locale);
        if (value == null) {
          return null;
        }
        Kept<V> made = new Kept<>(locale, value);
        Kept<V> earlier = values.putIfAbsent(locale, made);
        kept = earlier != null ? earlier : made;
      }
      last = kept;
    }
    return kept.value();
  }
}
