package dev.errorcatalog.processor;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;

/** The real processor over a compiler whose filer fails in ways tests cannot cause otherwise. */
final class FailingProcessors {

  private FailingProcessors() {}

  /** A filer that throws an exception no compiler documents when asked for a table. */
  static Processor brokenFiler() {
    return new Wrapper(
        (filer, method, args) -> {
          if (method.getName().equals("getResource")) {
            throw new IllegalStateException("the filer broke");
          }
          return invoke(filer, method, args);
        });
  }

  /** A filer that runs out of memory when asked for a table. */
  static Processor exhaustedFiler() {
    return new Wrapper(
        (filer, method, args) -> {
          if (method.getName().equals("getResource")) {
            throw new OutOfMemoryError("the filer ran out of memory");
          }
          return invoke(filer, method, args);
        });
  }

  /** A filer that finds every table but cannot read any. */
  static Processor unreadableTables() {
    return new Wrapper(
        (filer, method, args) -> {
          if (method.getName().equals("getResource")) {
            FileObject real = (FileObject) invoke(filer, method, args);
            return Proxy.newProxyInstance(
                FileObject.class.getClassLoader(),
                new Class<?>[] {FileObject.class},
                (proxy, fileMethod, fileArgs) -> {
                  if (fileMethod.getName().equals("openInputStream")) {
                    throw new IOException("the disk is on fire");
                  }
                  return invoke(real, fileMethod, fileArgs);
                });
          }
          return invoke(filer, method, args);
        });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** What a filer call does, given the real filer. */
  private interface FilerBehaviour {
    Object call(Filer real, Method method, Object[] args) throws Throwable;
  }

  private static final class Wrapper extends AbstractProcessor {
    private final ErrorCatalogProcessor delegate = new ErrorCatalogProcessor();
    private final FilerBehaviour behaviour;

    Wrapper(FilerBehaviour behaviour) {
      this.behaviour = behaviour;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Filer filer =
          (Filer)
              Proxy.newProxyInstance(
                  Filer.class.getClassLoader(),
                  new Class<?>[] {Filer.class},
                  (proxy, method, args) -> behaviour.call(env.getFiler(), method, args));
      InvocationHandler environment =
          (proxy, method, args) ->
              method.getName().equals("getFiler") ? filer : invoke(env, method, args);
      delegate.init(
          (ProcessingEnvironment)
              Proxy.newProxyInstance(
                  ProcessingEnvironment.class.getClassLoader(),
                  new Class<?>[] {ProcessingEnvironment.class},
                  environment));
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
      delegate.process(annotations, round);
      return false;
    }
  }
}
