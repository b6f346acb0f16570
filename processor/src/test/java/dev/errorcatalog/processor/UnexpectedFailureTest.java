package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Whatever goes wrong inside the processor ends as one error on the annotation, never a crash. */
class UnexpectedFailureTest {

  @Test
  void reportsAnUnexpectedExceptionAsOneErrorOnTheAnnotation() {
    JavaFileObject source = packageInfo("com.example.boom",
        catalog("BoomErrors", "errorcatalog/test/ocr-small.json"));
    Compilation compilation = javac()
        .withProcessors(new FailingFilerProcessor())
        .compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrorCatalog:internal-error] unexpected IllegalStateException"
            + " while generating this catalog: the filer broke")
        .inFile(source);
  }

  /** The real processor, over a filer that fails in a way no compiler documents. */
  private static final class FailingFilerProcessor extends AbstractProcessor {
    private final ErrorCatalogProcessor delegate = new ErrorCatalogProcessor();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Filer failing = (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(),
          new Class<?>[] {Filer.class}, (proxy, method, args) -> {
            if (method.getName().equals("getResource")) {
              throw new IllegalStateException("the filer broke");
            }
            try {
              return method.invoke(env.getFiler(), args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
      delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(
          ProcessingEnvironment.class.getClassLoader(),
          new Class<?>[] {ProcessingEnvironment.class}, (proxy, method, args) -> {
            if (method.getName().equals("getFiler")) {
              return failing;
            }
            try {
              return method.invoke(env, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }
}
