package dev.errorcatalog.processor;

import com.google.auto.service.AutoService;
import dev.errorcatalog.processor.declaration.CatalogDeclaration;
import dev.errorcatalog.processor.declaration.DeclarationParser;
import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Outcome;
import dev.errorcatalog.processor.diagnostic.Problem;
import dev.errorcatalog.processor.diagnostic.Reporter;
import dev.errorcatalog.processor.generate.CatalogRenderer;
import dev.errorcatalog.processor.generate.GeneratedFile;
import dev.errorcatalog.processor.read.TableLocator;
import dev.errorcatalog.processor.validate.CatalogValidator;
import dev.errorcatalog.processor.validate.MissingTranslationPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates a catalog type, its lookup, its bundles and its reference page for every
 * {@code @ErrorCatalog} package.
 *
 * <p>Each catalog goes through {@link CatalogPipeline}; its problems are printed on its annotation
 * and a catalog with an error writes nothing. {@link #process} never lets an exception escape:
 * whatever goes wrong becomes one error on the annotation concerned. It returns {@code false}, so
 * other processors still see {@code @ErrorCatalog}.
 */
@AutoService(Processor.class)
public final class ErrorCatalogProcessor extends AbstractProcessor {

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(DeclarationParser.ERROR_CATALOG, DeclarationParser.ERROR_CATALOGS);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(
        MissingTranslationPolicy.OPTION,
        ResourceDirectories.OPTION,
        CatalogRenderer.REFERENCE_PAGE_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Reporter reporter =
        new Reporter(
            processingEnv, DeclarationParser.ERROR_CATALOGS, DeclarationParser.ERROR_CATALOG);
    List<PackageElement> packages = new ArrayList<>();
    try {
      TypeElement[] supported = annotations.toArray(new TypeElement[0]);
      for (Element element : round.getElementsAnnotatedWithAny(supported)) {
        if (element instanceof PackageElement packageElement) {
          packages.add(packageElement);
        }
      }
    } catch (RuntimeException e) {
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR,
              Message.INTERNAL_ERROR.render(e.getClass().getSimpleName(), e.getMessage()));
      return false;
    }
    // Sorted, so that the order of diagnostics and files never depends on the compiler's.
    packages.sort(Comparator.comparing(p -> p.getQualifiedName().toString()));
    Optional<MissingTranslationPolicy> policy =
        MissingTranslationPolicy.parse(
            processingEnv.getOptions().get(MissingTranslationPolicy.OPTION));
    if (policy.isEmpty()) {
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR,
              Message.INVALID_OPTION.render(
                  MissingTranslationPolicy.OPTION,
                  processingEnv.getOptions().get(MissingTranslationPolicy.OPTION),
                  "warn, error, ignore"));
      return false;
    }
    String html = processingEnv.getOptions().get(CatalogRenderer.REFERENCE_PAGE_OPTION);
    Optional<Boolean> referencePage = booleanOption(html);
    if (referencePage.isEmpty()) {
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR,
              Message.INVALID_OPTION.render(
                  CatalogRenderer.REFERENCE_PAGE_OPTION, html, "true, false"));
      return false;
    }
    DeclarationParser parser = new DeclarationParser(processingEnv.getElementUtils(), reporter);
    for (PackageElement element : packages) {
      List<CatalogDeclaration> declarations;
      try {
        declarations = parser.parseAll(element);
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        processingEnv
            .getMessager()
            .printMessage(
                Diagnostic.Kind.ERROR,
                Message.INTERNAL_ERROR.render(e.getClass().getSimpleName(), e.getMessage()),
                element);
        continue;
      }
      for (CatalogDeclaration declaration : declarations) {
        generate(declaration, policy.get(), referencePage.get(), reporter);
      }
    }
    return false;
  }

  /** An on/off option: absent is on; {@code true} or {@code false}; anything else is empty. */
  private static Optional<Boolean> booleanOption(String value) {
    if (value == null || value.strip().equalsIgnoreCase("true")) {
      return Optional.of(true);
    }
    return value.strip().equalsIgnoreCase("false") ? Optional.of(false) : Optional.empty();
  }

  private void generate(
      CatalogDeclaration declaration,
      MissingTranslationPolicy policy,
      boolean referencePage,
      Reporter reporter) {
    try {
      CatalogPipeline pipeline =
          new CatalogPipeline(
              new TableLocator(
                  processingEnv.getFiler(),
                  ResourceDirectories.of(processingEnv, declaration.element())),
              new CatalogValidator(policy),
              new CatalogRenderer(
                  GeneratedAnnotation.usableIn(
                      processingEnv.getElementUtils(), declaration.element()),
                  referencePage));
      Outcome<List<GeneratedFile>> outcome = pipeline.run(declaration);
      reporter.report(declaration.element(), declaration.annotation(), outcome.problems());
      if (outcome.value().isPresent()) {
        new GeneratedFileWriter(processingEnv.getFiler())
            .write(outcome.value().get(), declaration.element())
            .ifPresent(
                problem ->
                    reporter.report(declaration.element(), declaration.annotation(), problem));
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
      reporter.report(
          declaration.element(),
          declaration.annotation(),
          Problem.of(
              Message.INTERNAL_ERROR,
              Culprit.ANNOTATION,
              e.getClass().getSimpleName(),
              e.getMessage()));
    }
  }
}
