package dev.errorcatalog.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
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
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

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

  private static final String GENERATED = "javax.annotation.processing.Generated";

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
    Reporter reporter = new Reporter(processingEnv, DeclarationParser.ERROR_CATALOGS,
        DeclarationParser.ERROR_CATALOG);
    List<PackageElement> packages = new ArrayList<>();
    try {
      for (Element element : round.getElementsAnnotatedWithAny(annotations.toArray(new TypeElement[0]))) {
        if (element instanceof PackageElement packageElement) {
          packages.add(packageElement);
        }
      }
    } catch (RuntimeException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          Message.INTERNAL_ERROR.render(e.getClass().getSimpleName(), e.getMessage()));
      return false;
    }
    // Sorted, so that the order of diagnostics and files never depends on the compiler's.
    packages.sort(Comparator.comparing(p -> p.getQualifiedName().toString()));
    Optional<MissingTranslationPolicy> policy = MissingTranslationPolicy.parse(
        processingEnv.getOptions().get(MissingTranslationPolicy.OPTION));
    if (policy.isEmpty()) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Message.INVALID_OPTION.render(
          MissingTranslationPolicy.OPTION,
          processingEnv.getOptions().get(MissingTranslationPolicy.OPTION), "warn, error, ignore"));
      return false;
    }
    DeclarationParser parser = new DeclarationParser(processingEnv.getElementUtils(), reporter);
    for (PackageElement element : packages) {
      List<CatalogDeclaration> declarations;
      try {
        declarations = parser.parseAll(element);
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
            Message.INTERNAL_ERROR.render(e.getClass().getSimpleName(), e.getMessage()), element);
        continue;
      }
      for (CatalogDeclaration declaration : declarations) {
        generate(declaration, policy.get(), reporter);
      }
    }
    return false;
  }

  private void generate(
      CatalogDeclaration declaration, MissingTranslationPolicy policy, Reporter reporter) {
    try {
      CatalogPipeline pipeline = new CatalogPipeline(
          new TableLocator(processingEnv.getFiler(),
              ResourceDirectories.of(processingEnv, declaration.element())),
          new CatalogValidator(policy),
          new CatalogRenderer(generatedAnnotation(declaration.element())));
      Outcome<List<GeneratedFile>> outcome = pipeline.run(declaration);
      reporter.report(declaration.element(), declaration.annotation(), outcome.problems());
      if (outcome.value().isPresent()) {
        write(declaration, outcome.value().get(), reporter);
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
      reporter.report(declaration.element(), declaration.annotation(), Problem.of(
          Message.INTERNAL_ERROR, Culprit.ANNOTATION, e.getClass().getSimpleName(),
          e.getMessage()));
    }
  }

  private void write(CatalogDeclaration declaration, List<GeneratedFile> files, Reporter reporter) {
    Filer filer = processingEnv.getFiler();
    Element origin = declaration.element();
    for (GeneratedFile file : files) {
      try {
        if (file instanceof GeneratedFile.SourceFile source) {
          try (Writer writer = filer.createSourceFile(source.qualifiedName(), origin).openWriter()) {
            writer.write(source.text());
          }
        } else if (file instanceof GeneratedFile.ResourceFile resource) {
          try (OutputStream out = filer.createResource(StandardLocation.CLASS_OUTPUT,
              resource.packageName(), resource.relativeName(), origin).openOutputStream()) {
            out.write(resource.bytes());
          }
        }
      } catch (IOException | RuntimeException e) {
        reporter.report(origin, declaration.annotation(), Problem.of(Message.WRITE_FAILED,
            Culprit.NAME, describe(file), e.getMessage()));
        return;
      }
    }
  }

  /**
   * {@code @Generated}, where the compilation can use it: a named module must read
   * {@code java.compiler} for it, and many do not.
   */
  private Optional<ClassName> generatedAnnotation(PackageElement element) {
    if (processingEnv.getElementUtils().getTypeElement(GENERATED) == null) {
      return Optional.empty();
    }
    ModuleElement module = processingEnv.getElementUtils().getModuleOf(element);
    if (module != null && !module.isUnnamed() && !reads(module, "java.compiler")) {
      return Optional.empty();
    }
    return Optional.of(ClassName.get("javax.annotation.processing", "Generated"));
  }

  private static boolean reads(ModuleElement module, String name) {
    Set<ModuleElement> seen = new LinkedHashSet<>();
    return reads(module, name, seen, true);
  }

  private static boolean reads(
      ModuleElement module, String name, Set<ModuleElement> seen, boolean direct) {
    if (!seen.add(module)) {
      return false;
    }
    for (ModuleElement.Directive directive : module.getDirectives()) {
      if (directive instanceof ModuleElement.RequiresDirective requires
          && (direct || requires.isTransitive())) {
        if (requires.getDependency().getQualifiedName().contentEquals(name)
            || reads(requires.getDependency(), name, seen, false)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String describe(GeneratedFile file) {
    if (file instanceof GeneratedFile.SourceFile source) {
      return source.qualifiedName();
    }
    GeneratedFile.ResourceFile resource = (GeneratedFile.ResourceFile) file;
    return resource.packageName() + "/" + resource.relativeName();
  }
}
