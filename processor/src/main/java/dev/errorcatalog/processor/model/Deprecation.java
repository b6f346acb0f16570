package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diagnostic.SourcePosition;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a code is deprecated, and the code that replaces it.
 *
 * @param reason the table's reason, shown in the constant's {@code @deprecated} tag
 * @param replacedBy the replacing code of the same catalog, if the table names one
 * @param position where the table says so: the {@code replacedBy} value, else the reason
 */
public record Deprecation(String reason, Optional<String> replacedBy, SourcePosition position) {

  public Deprecation {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(replacedBy, "replacedBy");
    Objects.requireNonNull(position, "position");
  }
}
