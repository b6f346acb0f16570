package dev.errorcatalog.processor;

import com.palantir.javapoet.ClassName;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/**
 * {@code @javax.annotation.processing.Generated}, where the compilation can use it: the type must
 * exist, and a named module must read {@code java.compiler}, which many do not.
 */
final class GeneratedAnnotation {

  private static final String MODULE = "java.compiler";
  private static final ClassName TYPE = ClassName.get("javax.annotation.processing", "Generated");

  private GeneratedAnnotation() {}

  /** The annotation type to put on the types generated in {@code element}, if any. */
  static Optional<ClassName> usableIn(Elements elements, PackageElement element) {
    if (elements.getTypeElement(TYPE.canonicalName()) == null) {
      return Optional.empty();
    }
    ModuleElement module = elements.getModuleOf(element);
    if (module != null && !module.isUnnamed() && !reads(module, new HashSet<>(), true)) {
      return Optional.empty();
    }
    return Optional.of(TYPE);
  }

  /**
   * Whether {@code module} reads {@code java.compiler}, directly or through transitive requires.
   */
  private static boolean reads(ModuleElement module, Set<ModuleElement> seen, boolean direct) {
    if (!seen.add(module)) {
      return false;
    }
    for (ModuleElement.Directive directive : module.getDirectives()) {
      if (directive instanceof ModuleElement.RequiresDirective requires
          && (direct || requires.isTransitive())) {
        if (requires.getDependency().getQualifiedName().contentEquals(MODULE)
            || reads(requires.getDependency(), seen, false)) {
          return true;
        }
      }
    }
    return false;
  }
}
