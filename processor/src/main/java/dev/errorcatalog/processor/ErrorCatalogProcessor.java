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
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Generates a catalog type, its lookup, its bundles and its reference page for every
 * {@code @ErrorCatalog} package.
 *
 * <p>Each catalog goes through {@link CatalogPipeline}; its problems are printed on its annotation
 * and a catalog with an error writes nothing. {@link #process} never lets an exception escape:
 * whatever goes wrong becomes one error, with its stack trace, on the annotation concerned. It
 * returns {@code false}, so other processors still see {@code @ErrorCatalog}.
 */
@AutoService(Processor.class)
public final class ErrorCatalogProcessor extends AbstractProcessor {

  /** The catalogs generated in any round, written to the services file in the last one. */
  private final ServiceRegistration services = new ServiceRegistration();

  /** The policy the options name, read once; empty when the option's value is not understood. */
  private Optional<MissingTranslationPolicy> policy = Optional.empty();

  /** Whether to write the reference page; empty when the option's value is not understood. */
  private Optional<Boolean> referencePage = Optional.empty();

  /** Whether the bad options have been reported: once per compilation, not once per round. */
  private boolean optionReported;

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
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    policy = MissingTranslationPolicy.parse(env.getOptions().get(MissingTranslationPolicy.OPTION));
    referencePage = booleanOption(env.getOptions().get(CatalogRenderer.REFERENCE_PAGE_OPTION));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (policy.isEmpty() || referencePage.isEmpty()) {
      if (!optionReported) {
        optionReported = true;
        if (policy.isEmpty()) {
          printInvalidOption(MissingTranslationPolicy.OPTION, "warn, error, ignore");
        }
        if (referencePage.isEmpty()) {
          printInvalidOption(CatalogRenderer.REFERENCE_PAGE_OPTION, "true, false");
        }
      }
      return false;
    }
    List<PackageElement> packages = new ArrayList<>();
    try {
      TypeElement[] supported = annotations.toArray(new TypeElement[0]);
      for (Element element : round.getElementsAnnotatedWithAny(supported)) {
        if (element instanceof PackageElement packageElement) {
          packages.add(packageElement);
        }
      }
    } catch (RuntimeException e) {
      print(internalError(e));
      return false;
    }
    // Sorted, so that the order of diagnostics and files never depends on the compiler's.
    packages.sort(Comparator.comparing(p -> p.getQualifiedName().toString()));
    Reporter reporter =
        new Reporter(
            processingEnv, DeclarationParser.ERROR_CATALOGS, DeclarationParser.ERROR_CATALOG);
    DeclarationParser parser = new DeclarationParser(processingEnv.getElementUtils());
    for (PackageElement element : packages) {
      List<DeclarationParser.Parsed> declarations;
      try {
        declarations = parser.parseAll(element);
      } catch (RuntimeException e) {
        reporter.report(element, null, internalError(e));
        continue;
      }
      for (DeclarationParser.Parsed parsed : declarations) {
        reporter.report(element, parsed.annotation(), parsed.declaration().problems());
        parsed
            .declaration()
            .value()
            .ifPresent(
                declaration -> generate(declaration, policy.get(), referencePage.get(), reporter));
      }
    }
    if (round.processingOver()) {
      services
          .write(processingEnv.getFiler(), processingEnv.getElementUtils())
          .ifPresent(this::print);
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

  /**
   * Generates one catalog. Only exceptions become diagnostics: an {@link Error} such as {@code
   * OutOfMemoryError} leaves the compiler in no state to go on, so it is not swallowed.
   */
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
            .ifPresentOrElse(
                problem ->
                    reporter.report(declaration.element(), declaration.annotation(), problem),
                () ->
                    services.register(
                        GeneratedMembers.providerBinaryName(declaration.qualifiedName()),
                        declaration.packageName()));
      }
    } catch (RuntimeException e) {
      reporter.report(declaration.element(), declaration.annotation(), internalError(e));
    }
  }

  /** One error for a bug, with the stack trace a user can put in a report. */
  private static Problem internalError(RuntimeException e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return Problem.of(
        Message.INTERNAL_ERROR,
        Culprit.ANNOTATION,
        e.getClass().getSimpleName(),
        e.getMessage(),
        trace.toString().strip());
  }

  /** Reports an option whose value is not one of {@code accepted}. */
  private void printInvalidOption(String option, String accepted) {
    print(
        Problem.of(
            Message.INVALID_OPTION,
            Culprit.ANNOTATION,
            option,
            processingEnv.getOptions().get(option),
            accepted));
  }

  /** Prints a problem that concerns no element. */
  private void print(Problem problem) {
    processingEnv.getMessager().printMessage(problem.kind(), problem.text());
  }
}
