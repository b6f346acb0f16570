package dev.errorcatalog.processor.diagnostic;

import java.util.List;
import java.util.Objects;
import javax.tools.Diagnostic;

/**
 * One diagnostic, ready to print: its catalogue entry, its kind, the annotation part it belongs to
 * and its rendered text. Stages return problems instead of throwing or printing, so each stage can
 * be tested without a compiler and every problem of a compilation is reported together.
 *
 * @param message the catalogue entry, which fixes the tag
 * @param kind error or warning; usually the entry's own kind
 * @param culprit the annotation part to report on
 * @param text the full message text, tag included
 */
public record Problem(Message message, Diagnostic.Kind kind, Culprit culprit, String text) {

  public Problem {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(culprit, "culprit");
    Objects.requireNonNull(text, "text");
  }

  /** Renders {@code message} with {@code args} and attaches it to {@code culprit}. */
  public static Problem of(Message message, Culprit culprit, Object... args) {
    return new Problem(message, message.kind(), culprit, message.render(args));
  }

  /** This problem, reported as {@code newKind} instead. */
  public Problem withKind(Diagnostic.Kind newKind) {
    return new Problem(message, newKind, culprit, text);
  }

  /** Whether this problem stops the catalog from being generated. */
  public boolean isError() {
    return kind == Diagnostic.Kind.ERROR;
  }

  /** Whether any of {@code problems} is an error. */
  public static boolean anyError(List<Problem> problems) {
    return problems.stream().anyMatch(Problem::isError);
  }
}
