package dev.errorcatalog.processor.diagnostic;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.tools.Diagnostic;

/**
 * One diagnostic, ready to print: its catalogue entry, its kind, the annotation part it belongs to,
 * the table positions it concerns and its rendered text. Stages return problems instead of throwing
 * or printing, so each stage can be tested without a compiler and every problem of a compilation is
 * reported together.
 *
 * @param message the catalogue entry, which fixes the tag and the template
 * @param kind error or warning; usually the entry's own kind
 * @param culprit the annotation part to report on
 * @param position where in a table the problem is, when it concerns a place in a table
 * @param related the second place a problem involves, such as the first definition of a duplicate
 * @param text the full message text: tag, position and the filled template
 */
public record Problem(
    Message message,
    Diagnostic.Kind kind,
    Culprit culprit,
    Optional<SourcePosition> position,
    Optional<SourcePosition> related,
    String text) {

  public Problem {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(culprit, "culprit");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(related, "related");
    Objects.requireNonNull(text, "text");
  }

  /** A problem of the declaration or of a table as a whole, attached to {@code culprit}. */
  public static Problem of(Message message, Culprit culprit, Object... args) {
    return create(message, culprit, Optional.empty(), Optional.empty(), args);
  }

  /** A problem at {@code position} in a table. */
  public static Problem at(
      Message message, Culprit culprit, SourcePosition position, Object... args) {
    return create(message, culprit, Optional.of(position), Optional.empty(), args);
  }

  /**
   * A problem at {@code position} that involves {@code related} too; the template takes {@code
   * related} after {@code args}.
   */
  public static Problem at(
      Message message,
      Culprit culprit,
      SourcePosition position,
      SourcePosition related,
      Object... args) {
    Object[] all = Arrays.copyOf(args, args.length + 1);
    all[args.length] = related;
    return create(message, culprit, Optional.of(position), Optional.of(related), all);
  }

  private static Problem create(
      Message message,
      Culprit culprit,
      Optional<SourcePosition> position,
      Optional<SourcePosition> related,
      Object[] args) {
    String where = position.map(p -> p + ": ").orElse("");
    String text = "[ErrorCatalog:" + message.tag() + "] " + where + message.format(args);
    return new Problem(message, message.kind(), culprit, position, related, text);
  }

  /** This problem, reported as {@code newKind} instead. */
  public Problem withKind(Diagnostic.Kind newKind) {
    return new Problem(message, newKind, culprit, position, related, text);
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
