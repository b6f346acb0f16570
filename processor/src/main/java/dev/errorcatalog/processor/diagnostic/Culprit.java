package dev.errorcatalog.processor.diagnostic;

/**
 * The part of an {@code @ErrorCatalog} annotation a problem is reported on, so that the compiler
 * underlines the exact attribute value.
 *
 * @param attribute the attribute name, or {@code null} for the annotation as a whole
 * @param index for an array attribute ({@code sources}), the element's index; otherwise -1
 */
public record Culprit(String attribute, int index) {

  /** The annotation as a whole. */
  public static final Culprit ANNOTATION = new Culprit(null, -1);

  /** The {@code name} attribute. */
  public static final Culprit NAME = new Culprit("name", -1);

  /** The {@code defaultLocale} attribute. */
  public static final Culprit DEFAULT_LOCALE = new Culprit("defaultLocale", -1);

  /** The {@code sources} attribute as a whole. */
  public static final Culprit SOURCES = new Culprit("sources", -1);

  /** One element of {@code sources}. */
  public static Culprit source(int index) {
    return new Culprit("sources", index);
  }
}
