package dev.errorcatalog.processor.diagnostic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * The one thin layer over {@link Messager}: prints a {@link Problem} on the annotated element, its
 * annotation mirror and, where the problem names one, the exact attribute value, so that the
 * compiler and the IDE underline the culprit.
 */
public final class Reporter {

  private final Messager messager;
  private final Optional<RepeatedAnnotationTrees> repeatedAnnotations;

  /**
   * @param env the compilation
   * @param containerName the repeatable annotation's container, whose elements javac's messager
   *     cannot point at
   * @param annotationName the repeatable annotation
   */
  public Reporter(ProcessingEnvironment env, String containerName, String annotationName) {
    this.messager = env.getMessager();
    this.repeatedAnnotations = RepeatedAnnotationTrees.of(env, containerName, annotationName);
  }

  /** Prints every problem, in order. */
  public void report(Element element, AnnotationMirror annotation, List<Problem> problems) {
    for (Problem problem : problems) {
      report(element, annotation, problem);
    }
  }

  /** Prints one problem. */
  public void report(Element element, AnnotationMirror annotation, Problem problem) {
    if (annotation != null
        && repeatedAnnotations.isPresent()
        && repeatedAnnotations
            .get()
            .print(problem.kind(), problem.text(), element, annotation, problem.culprit())) {
      return;
    }
    AnnotationValue value = annotation == null ? null : valueOf(annotation, problem.culprit());
    if (value != null) {
      messager.printMessage(problem.kind(), problem.text(), element, annotation, value);
    } else if (annotation != null) {
      messager.printMessage(problem.kind(), problem.text(), element, annotation);
    } else {
      messager.printMessage(problem.kind(), problem.text(), element);
    }
  }

  private static AnnotationValue valueOf(AnnotationMirror annotation, Culprit culprit) {
    if (culprit.attribute() == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (!entry.getKey().getSimpleName().contentEquals(culprit.attribute())) {
        continue;
      }
      AnnotationValue value = entry.getValue();
      if (culprit.index() >= 0
          && value.getValue() instanceof List<?> elements
          && culprit.index() < elements.size()
          && elements.get(culprit.index()) instanceof AnnotationValue element) {
        return element;
      }
      return value;
    }
    return null;
  }
}
