package dev.errorcatalog.spring;

import dev.errorcatalog.Catalogs;
import dev.errorcatalog.ErrorCode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * A {@link MessageSource} whose message codes are error codes: {@code getMessage("AIS.0014", null,
 * locale)} is that code's message in the locale, with the catalog's fallback ({@link
 * ErrorCode#message(Locale)}); with arguments, the message's printf placeholders ({@code %s}) are
 * filled ({@link ErrorCode#format(Locale, Object...)}), not {@code {0}} ones. Where several
 * catalogs document a code, the first in {@link Catalogs} order answers. A {@code null} locale is
 * the catalog's default locale, never the JVM's.
 */
public final class CatalogMessageSource implements MessageSource {

  private final Catalogs catalogs;

  /**
   * A message source over catalogs.
   *
   * @param catalogs the catalogs whose codes it answers
   */
  public CatalogMessageSource(Catalogs catalogs) {
    this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
  }

  @Override
  public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
    return text(code, args, locale).orElse(defaultMessage);
  }

  @Override
  public String getMessage(String code, Object[] args, Locale locale) {
    return text(code, args, locale)
        .orElseThrow(() -> new NoSuchMessageException(code, orRoot(locale)));
  }

  @Override
  public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
    String[] codes = resolvable.getCodes();
    for (String code : codes == null ? new String[0] : codes) {
      Optional<String> text = text(code, resolvable.getArguments(), locale);
      if (text.isPresent()) {
        return text.get();
      }
    }
    if (resolvable.getDefaultMessage() != null) {
      return resolvable.getDefaultMessage();
    }
    String last = codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
    throw new NoSuchMessageException(last, orRoot(locale));
  }

  private Optional<String> text(String code, Object[] args, Locale locale) {
    List<ErrorCode> entries = catalogs.resolve(code);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    ErrorCode entry = entries.get(0);
    Locale wanted = orRoot(locale);
    return Optional.of(
        args == null || args.length == 0 ? entry.message(wanted) : entry.format(wanted, args));
  }

  // Locale.ROOT selects the root bundle: the catalog's default locale.
  private static Locale orRoot(Locale locale) {
    return locale == null ? Locale.ROOT : locale;
  }

  @Override
  public String toString() {
    return "CatalogMessageSource" + catalogs.catalogs().stream().map(c -> c.id()).toList();
  }
}
