package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diagnostic.SourcePosition;
import java.util.Locale;

/**
 * A text in one locale, with where the table gives it.
 *
 * @param locale the text's locale
 * @param text the text, exactly as the table holds it
 * @param position where the table gives it
 */
public record Translation(Locale locale, String text, SourcePosition position) {}
