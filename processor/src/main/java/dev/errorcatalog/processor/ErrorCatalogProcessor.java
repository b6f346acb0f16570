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
import dev.errorcatalog.processor.model.GeneratedMembers;
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
 * Generates a catalog type, its lookup and its bundles for every {@code @ErrorCatalog} package.
 *
 * <p>Each catalog goes through {@link CatalogPipeline}; its problems are printed on its annotation
 * and a catalog with an error writes nothing. {@link #process} never lets an exception escape:
 * whatever goes wrong becomes one error on the annotation concerned. It returns {@code false}, so
 * other processors still see {@code @ErrorCatalog}.
 */
@AutoService(Processor.class)
public final class ErrorCatalogProcessor extends AbstractProcessor {

  /** The catalogs generated in any round, written to the services file in the last one. */
  private final ServiceRegistration services = new ServiceRegistration();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(DeclarationParser.ERROR_CATALOG, DeclarationParser.ERROR_CATALOGS);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(MissingTranslationPolicy.OPTION, ResourceDirectories.OPTION);
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
        generate(declaration, policy.get(), reporter);
      }
    }
    if (round.processingOver()) {
      services
          .write(processingEnv.getFiler(), processingEnv.getElementUtils())
          .ifPresent(
              message -> processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message));
    }
    return false;
  }

  private void generate(
      CatalogDeclaration declaration, MissingTranslationPolicy policy, Reporter reporter) {
    try {
      CatalogPipeline pipeline =
          new CatalogPipeline(
              new TableLocator(
                  processingEnv.getFiler(),
                  ResourceDirectories.of(processingEnv, declaration.element())),
              new CatalogValidator(policy),
              new CatalogRenderer(
                  GeneratedAnnotation.usableIn(
                      processingEnv.getElementUtils(), declaration.element())));
      Outcome<List<GeneratedFile>> outcome = pipeline.run(declaration);
      reporter.report(declaration.element(), declaration.annotation(), outcome.problems());
      if (outcome.value().isPresent()) {
        new GeneratedFileWriter(processingEnv.getFiler())
            .write(outcome.value().get(), declaration.element())
            .ifPresentOrElse(
                problem ->
                    reporter.report(declaration.element(), declaration.annotation(), problem),
                () ->
                    services.register(
                        GeneratedMembers.providerBinaryName(declaration.qualifiedName()),
                        declaration.packageName()));
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
