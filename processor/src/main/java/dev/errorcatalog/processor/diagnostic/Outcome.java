package dev.errorcatalog.processor.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a stage produced together with the problems it found. A stage that meets an error keeps
 * going where it can, so that one compilation reports every problem, and returns no value when the
 * error leaves nothing usable.
 *
 * @param value the result, or empty where an error made it unusable
 * @param problems every problem found, errors and warnings, in the order found
 * @param <T> the result type
 */
public record Outcome<T>(Optional<T> value, List<Problem> problems) {

  public Outcome {
    problems = List.copyOf(problems);
  }

  /** A result with the warnings (or no problems) found on the way. */
  public static <T> Outcome<T> of(T value, List<Problem> problems) {
    return new Outcome<>(Optional.of(value), problems);
  }

  /** No result, because of {@code problems}. */
  public static <T> Outcome<T> failed(List<Problem> problems) {
    return new Outcome<>(Optional.empty(), problems);
  }

  /** No result, because of one problem. */
  public static <T> Outcome<T> failed(Problem problem) {
    return failed(List.of(problem));
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return Problem.anyError(problems);
  }

  /** The value and the problems of this outcome plus {@code more}. */
  public Outcome<T> withProblems(List<Problem> more) {
    List<Problem> all = new ArrayList<>(problems);
    all.addAll(more);
    return new Outcome<>(value, all);
  }
}
