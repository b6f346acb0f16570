package dev.errorcatalog.processor;

import dev.errorcatalog.ErrorCode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

/** What JShell's completion engine offers, as an IDE would, for compiled generated code. */
final class Completions {

  private Completions() {}

  /**
   * The names JShell suggests at the end of {@code expression}, with {@code classes} and the
   * runtime API on its class path.
   */
  static Set<String> at(Path classes, String expression) throws URISyntaxException {
    Path runtime =
        Path.of(ErrorCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      shell.addToClasspath(classes.toString());
      shell.addToClasspath(runtime.toString());
      Set<String> names = new TreeSet<>();
      for (SourceCodeAnalysis.Suggestion suggestion :
          shell
              .sourceCodeAnalysis()
              .completionSuggestions(expression, expression.length(), new int[1])) {
        names.add(suggestion.continuation());
      }
      return names;
    }
  }
}
