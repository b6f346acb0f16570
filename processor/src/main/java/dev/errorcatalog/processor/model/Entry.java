package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diagnostic.SourcePosition;
import dev.errorcatalog.processor.read.TextField;
import java.net.URI;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One documented error code, checked and ready to generate.
 *
 * @param index the position in the catalog, counting across its tables in order
 * @param code the code, exactly as documented
 * @param constantName the generated constant's name, such as {@code AIS_0014}
 * @param catalogId the id of the table it comes from
 * @param status the HTTP status, or empty where the table gives none
 * @param category the category, or empty
 * @param texts message, description and solution in every locale given
 * @param position where the row starts in its table
 * @param documentation the code's documentation page, if the table gives one
 * @param deprecation why the code is deprecated and what replaces it, if it is
 */
public record Entry(
    int index,
    String code,
    String constantName,
    String catalogId,
    OptionalInt status,
    Optional<String> category,
    Map<TextField, LocalizedText> texts,
    SourcePosition position,
    Optional<URI> documentation,
    Optional<Deprecation> deprecation) {

  public Entry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(documentation, "documentation");
    Objects.requireNonNull(deprecation, "deprecation");
    EnumMap<TextField, LocalizedText> all = new EnumMap<>(TextField.class);
    for (TextField field : TextField.values()) {
      all.put(field, texts.getOrDefault(field, LocalizedText.none()));
    }
    // An EnumMap, not Map.copyOf: text(field) is read for every field of every entry by each
    // renderer, and an EnumMap reads by ordinal where Map.copyOf's probes by identity hash.
    texts = Collections.unmodifiableMap(all);
  }

  /** One text of this entry. */
  public LocalizedText text(TextField field) {
    return texts.get(field);
  }

  /** The message in every locale given. */
  public LocalizedText message() {
    return text(TextField.MESSAGE);
  }
}
