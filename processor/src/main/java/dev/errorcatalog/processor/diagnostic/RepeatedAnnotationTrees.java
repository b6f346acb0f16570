package dev.errorcatalog.processor.diagnostic;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Points diagnostics at a repeated annotation. javac wraps repeated annotations in a synthesized
 * container, and its {@code Messager} cannot find the source of an annotation inside it, so it
 * would underline the package declaration instead. Through the Compiler Tree API this finds the
 * annotation's own source (the n-th one written) and the attribute value at fault. Only javac has
 * that API; elsewhere {@link #print} declines and the plain {@code Messager} is used.
 */
final class RepeatedAnnotationTrees {

  private final Trees trees;
  private final String containerName;
  private final String annotationSimpleName;

  private RepeatedAnnotationTrees(Trees trees, String containerName, String annotationName) {
    this.trees = trees;
    this.containerName = containerName;
    this.annotationSimpleName = annotationName.substring(annotationName.lastIndexOf('.') + 1);
  }

  /** The locator of this compilation, or empty when the compiler is not javac. */
  static Optional<RepeatedAnnotationTrees> of(
      ProcessingEnvironment env, String containerName, String annotationName) {
    try {
      return Optional.of(
          new RepeatedAnnotationTrees(Trees.instance(env), containerName, annotationName));
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }

  /**
   * Prints on the source of {@code annotation} when it is one of several repeated annotations on
   * {@code element}; returns whether it did.
   */
  boolean print(
      Diagnostic.Kind kind,
      String text,
      Element element,
      AnnotationMirror annotation,
      Culprit culprit) {
    try {
      int index = indexInContainer(element, annotation);
      if (index < 0) {
        return false;
      }
      TreePath path = trees.getPath(element);
      if (path == null) {
        return false;
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      if (unit.getPackage() == null) {
        return false;
      }
      List<AnnotationTree> written = new ArrayList<>();
      for (AnnotationTree tree : unit.getPackage().getAnnotations()) {
        if (simpleName(tree.getAnnotationType()).equals(annotationSimpleName)) {
          written.add(tree);
        }
      }
      if (index >= written.size()) {
        return false;
      }
      trees.printMessage(kind, text, culpritTree(written.get(index), culprit), unit);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private int indexInContainer(Element element, AnnotationMirror annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (!mirror.getAnnotationType().toString().equals(containerName)) {
        continue;
      }
      for (AnnotationValue value : mirror.getElementValues().values()) {
        if (value.getValue() instanceof List<?> values) {
          for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof AnnotationValue inner && inner.getValue() == annotation) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  private static Tree culpritTree(AnnotationTree annotation, Culprit culprit) {
    if (culprit.attribute() == null) {
      return annotation;
    }
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment
          && assignment.getVariable() instanceof IdentifierTree name
          && name.getName().contentEquals(culprit.attribute())) {
        ExpressionTree value = assignment.getExpression();
        if (culprit.index() >= 0
            && value instanceof NewArrayTree array
            && array.getInitializers() != null
            && culprit.index() < array.getInitializers().size()) {
          return array.getInitializers().get(culprit.index());
        }
        return value;
      }
    }
    return annotation;
  }

  private static String simpleName(Tree type) {
    if (type instanceof MemberSelectTree select) {
      return select.getIdentifier().toString();
    }
    return type.toString();
  }
}
