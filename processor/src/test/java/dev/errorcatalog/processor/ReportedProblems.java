package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.processor.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The diagnostics of a compilation read back as data: tag, table position and text. A printed
 * diagnostic is all a compile test sees, so this parses the one format {@code Problem} prints, and
 * tests compare positions as {@link SourcePosition}s instead of searching the text for them.
 */
final class ReportedProblems {

  /** {@code [ErrorCatalog:tag] } then, for a table problem, {@code table[:line[:column]]: }. */
  private static final Pattern PRINTED =
      Pattern.compile(
          "\\[ErrorCatalog:([a-z0-9-]+)] (?:([^\\s:]+\\.(?:json|csv))(?::(\\d+))?(?::(\\d+))?: )?(.*)",
          Pattern.DOTALL);

  /**
   * One printed problem.
   *
   * @param kind error or warning
   * @param tag the stable tag
   * @param position the table position printed before the text, if any
   * @param text the text after tag and position
   */
  record Reported(
      Diagnostic.Kind kind, String tag, Optional<SourcePosition> position, String text) {}

  private ReportedProblems() {}

  /** Every problem the processor printed in {@code compilation}, in order. */
  static List<Reported> of(Compilation compilation) {
    List<Reported> reported = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      Matcher matcher = PRINTED.matcher(diagnostic.getMessage(Locale.ROOT));
      if (!matcher.matches()) {
        continue;
      }
      Optional<SourcePosition> position =
          matcher.group(2) == null
              ? Optional.empty()
              : Optional.of(
                  new SourcePosition(
                      matcher.group(2), number(matcher.group(3)), number(matcher.group(4))));
      reported.add(
          new Reported(diagnostic.getKind(), matcher.group(1), position, matcher.group(5)));
    }
    return reported;
  }

  /**
   * Asserts that a problem tagged {@code tag} was printed at {@code position} with {@code text}.
   */
  static void assertReportedAt(
      Compilation compilation, String tag, SourcePosition position, String text) {
    List<Reported> all = of(compilation);
    assertWithMessage("a problem [%s] at %s starting %s among %s", tag, position, text, all)
        .that(
            all.stream()
                .anyMatch(
                    reported ->
                        reported.tag().equals(tag)
                            && reported.position().equals(Optional.of(position))
                            && reported.text().startsWith(text)))
        .isTrue();
  }

  private static int number(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }
}
