package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diagnostic.SourcePosition;

/**
 * One localized text of a row, as the table gives it.
 *
 * @param field which text
 * @param localeTag the BCP 47 tag as written, or {@code null} for the catalog's default locale
 * @param text the text, exactly as the table holds it (CSV line breaks normalized to {@code \n})
 * @param position where the text stands
 */
public record RawText(TextField field, String localeTag, String text, SourcePosition position) {}
