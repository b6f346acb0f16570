package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diagnostic.SourcePosition;
import java.util.List;

/**
 * One row of a table before any check of its meaning: absent values are {@code null}.
 *
 * @param position where the row starts
 * @param code the code, or {@code null} when the row has none
 * @param status the status as spelled, or {@code null} when the row gives none
 * @param category the category, or {@code null}
 * @param texts the row's texts, in table order
 * @param docs the code's own documentation URL, or {@code null}
 * @param deprecated why the code is deprecated, or {@code null} when it is not
 * @param replacedBy the code that replaces it, or {@code null}
 */
public record RawEntry(
    SourcePosition position,
    RawValue code,
    RawValue status,
    RawValue category,
    List<RawText> texts,
    RawValue docs,
    RawValue deprecated,
    RawValue replacedBy) {

  public RawEntry {
    texts = List.copyOf(texts);
  }
}
