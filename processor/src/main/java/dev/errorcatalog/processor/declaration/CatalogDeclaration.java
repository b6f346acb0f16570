package dev.errorcatalog.processor.declaration;

import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.PackageElement;

/**
 * One well-formed {@code @ErrorCatalog}, read from its annotation mirror. The element and mirror
 * are kept only to report problems and to name the originating element of generated files within
 * the round that parsed them.
 *
 * @param element the annotated package
 * @param annotation the {@code @ErrorCatalog} mirror, also when it sits in an
 *     {@code @ErrorCatalogs} container
 * @param packageName the package's qualified name ({@code ""} for the unnamed package)
 * @param name the simple name of the type to generate
 * @param sources the table resource paths, in annotation order
 * @param defaultLocale the locale of texts that carry none
 */
public record CatalogDeclaration(
    PackageElement element,
    AnnotationMirror annotation,
    String packageName,
    String name,
    List<String> sources,
    Locale defaultLocale) {

  public CatalogDeclaration {
    sources = List.copyOf(sources);
  }

  /** The generated type's qualified name, as the services file names its provider. */
  public String qualifiedName() {
    return packageName.isEmpty() ? name : packageName + "." + name;
  }
}
