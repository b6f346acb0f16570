package dev.errorcatalog.processor.validate;

import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;

/**
 * What to do about a code that lacks a text in one of its catalog's locales, set with the compiler
 * option {@code -Aerrorcatalog.missingTranslation=warn|error|ignore}.
 */
public enum MissingTranslationPolicy {
  WARN,
  ERROR,
  IGNORE;

  /** The compiler option that sets the policy. */
  public static final String OPTION = "errorcatalog.missingTranslation";

  /** The policy an option value names, or empty for an unknown value. */
  public static Optional<MissingTranslationPolicy> parse(String value) {
    if (value == null) {
      return Optional.of(WARN);
    }
    for (MissingTranslationPolicy policy : values()) {
      if (policy.name().equalsIgnoreCase(value.strip())) {
        return Optional.of(policy);
      }
    }
    return Optional.empty();
  }

  /** The diagnostic kind of a missing translation, or empty when it is not reported. */
  Optional<Diagnostic.Kind> kind() {
    return switch (this) {
      case WARN -> Optional.of(Diagnostic.Kind.WARNING);
      case ERROR -> Optional.of(Diagnostic.Kind.ERROR);
      case IGNORE -> Optional.empty();
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
