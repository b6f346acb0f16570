package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diagnostic.SourcePosition;

/**
 * A value exactly as a table spells it, with where it stands.
 *
 * @param text the literal text (a JSON number keeps its spelling, such as {@code 400.0})
 * @param position where the value stands
 */
public record RawValue(String text, SourcePosition position) {}
