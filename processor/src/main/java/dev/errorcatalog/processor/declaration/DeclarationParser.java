package dev.errorcatalog.processor.declaration;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Outcome;
import dev.errorcatalog.processor.diagnostic.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @ErrorCatalog} annotations through their mirrors (never through the annotation
 * class, which the processor does not link against) into {@link CatalogDeclaration}s. Like every
 * stage it prints nothing: a malformed annotation yields no declaration and the problems to report
 * on that annotation's culprit attributes.
 */
public final class DeclarationParser {

  /** The annotation's qualified name. */
  public static final String ERROR_CATALOG = "dev.errorcatalog.ErrorCatalog";

  /** The container of the repeated annotation. */
  public static final String ERROR_CATALOGS = "dev.errorcatalog.ErrorCatalogs";

  private final Elements elements;

  public DeclarationParser(Elements elements) {
    this.elements = elements;
  }

  /**
   * One {@code @ErrorCatalog} annotation and what parsing it gave.
   *
   * @param annotation the mirror, which the problems are reported on
   * @param declaration the declaration, or its problems
   */
  public record Parsed(AnnotationMirror annotation, Outcome<CatalogDeclaration> declaration) {}

  /**
   * Every catalog declared on {@code element}, single or repeated, in source order. Two catalogs of
   * one package with the same name both fail.
   */
  public List<Parsed> parseAll(PackageElement element) {
    List<Parsed> declarations = new ArrayList<>();
    List<AnnotationMirror> mirrors = catalogMirrors(element);
    Set<String> names = new HashSet<>();
    Set<String> duplicated = new HashSet<>();
    for (AnnotationMirror mirror : mirrors) {
      String name = stringValue(mirror, "name");
      if (!names.add(name)) {
        duplicated.add(name);
      }
    }
    for (AnnotationMirror mirror : mirrors) {
      String name = stringValue(mirror, "name");
      Outcome<CatalogDeclaration> declaration =
          duplicated.contains(name)
              ? Outcome.failed(
                  Problem.of(
                      Message.DUPLICATE_NAME, Culprit.NAME, element.getQualifiedName(), name))
              : parse(element, mirror);
      declarations.add(new Parsed(mirror, declaration));
    }
    return declarations;
  }

  /** Parses one {@code @ErrorCatalog} mirror. */
  public Outcome<CatalogDeclaration> parse(PackageElement element, AnnotationMirror mirror) {
    List<Problem> problems = new ArrayList<>();
    String name = stringValue(mirror, "name");
    if (!SourceVersion.isIdentifier(name)) {
      problems.add(Problem.of(Message.INVALID_NAME, Culprit.NAME, name));
    } else if (SourceVersion.isKeyword(name)) {
      problems.add(Problem.of(Message.KEYWORD_NAME, Culprit.NAME, name));
    }

    List<String> sources = stringValues(mirror, "sources");
    if (sources.isEmpty()) {
      problems.add(Problem.of(Message.NO_SOURCES, Culprit.SOURCES));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < sources.size(); i++) {
      if (!seen.add(sources.get(i))) {
        problems.add(Problem.of(Message.DUPLICATE_SOURCE, Culprit.source(i), sources.get(i)));
      }
    }

    String localeTag = stringValue(mirror, "defaultLocale");
    Locale defaultLocale = null;
    try {
      if (localeTag.isBlank()) {
        throw new IllformedLocaleException("empty tag");
      }
      defaultLocale = new Locale.Builder().setLanguageTag(localeTag).build();
    } catch (IllformedLocaleException e) {
      problems.add(
          Problem.of(
              Message.INVALID_DEFAULT_LOCALE, Culprit.DEFAULT_LOCALE, localeTag, e.getMessage()));
    }

    if (!problems.isEmpty()) {
      return Outcome.failed(problems);
    }
    return Outcome.of(
        new CatalogDeclaration(
            element, mirror, element.getQualifiedName().toString(), name, sources, defaultLocale),
        List.of());
  }

  /** The {@code @ErrorCatalog} mirrors on the element, unwrapping the repeatable container. */
  private List<AnnotationMirror> catalogMirrors(PackageElement element) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = mirror.getAnnotationType().toString();
      if (type.equals(ERROR_CATALOG)) {
        mirrors.add(mirror);
      } else if (type.equals(ERROR_CATALOGS)) {
        for (Object value : listValue(mirror, "value")) {
          if (value instanceof AnnotationValue annotationValue
              && annotationValue.getValue() instanceof AnnotationMirror inner) {
            mirrors.add(inner);
          }
        }
      }
    }
    return mirrors;
  }

  private AnnotationValue value(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private String stringValue(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = value(mirror, attribute);
    return value != null && value.getValue() instanceof String text ? text : "";
  }

  private List<?> listValue(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = value(mirror, attribute);
    if (value == null) {
      return List.of();
    }
    // javac hands a single-element array written without braces as a list already.
    return value.getValue() instanceof List<?> list ? list : List.of(value);
  }

  private List<String> stringValues(AnnotationMirror mirror, String attribute) {
    List<String> values = new ArrayList<>();
    for (Object element : listValue(mirror, attribute)) {
      if (element instanceof AnnotationValue value && value.getValue() instanceof String text) {
        values.add(text);
      }
    }
    return values;
  }
}
