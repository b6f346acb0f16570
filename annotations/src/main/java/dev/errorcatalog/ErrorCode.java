package dev.errorcatalog;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One documented error code of an API, as a generated catalog constant.
 *
 * <p>Every constant of a type generated for an {@link ErrorCatalog} implements this interface.
 * Texts come in the catalog's default locale ({@link #message()}) and in any locale the tables
 * translate (messages compiled into the catalog, other texts through its generated resource
 * bundles, with the same result); a locale without a translation falls back along the usual
 * resource-bundle chain ({@code zh-Hant-TW}, {@code zh-TW}, {@code zh}) to the catalog's default
 * locale, never to the JVM's default locale.
 *
 * <p>Constants are singletons: {@code lookup(code)} returns the very constant, so {@code ==} and
 * {@code equals} agree.
 */
public interface ErrorCode {

  /**
   * The code exactly as the API returns it and the table documents it.
   *
   * @return for example {@code "AIS.0014"}
   */
  String code();

  /**
   * The id of the table this code comes from: a JSON table's {@code catalog} value, or a CSV
   * table's file name without its extension.
   *
   * @return for example {@code "ocr"}
   */
  String catalog();

  /**
   * The HTTP status the table documents for this code.
   *
   * @return the status, or empty where the table gives none (a status is never invented)
   */
  OptionalInt httpStatus();

  /**
   * The category the table gives this code, such as {@code "Platform"}.
   *
   * @return the category, or empty where the table gives none
   */
  Optional<String> category();

  /**
   * The message in the catalog's default locale, exactly as documented.
   *
   * @return the message; never {@code null}
   */
  String message();

  /**
   * The message in the given locale, falling back to the catalog's default locale.
   *
   * @param locale the wanted locale
   * @return the message; never {@code null}
   */
  String message(Locale locale);

  /**
   * The longer description of the error in the given locale, falling back to the catalog's default
   * locale.
   *
   * @param locale the wanted locale
   * @return the description, or empty where the table gives none
   */
  Optional<String> description(Locale locale);

  /**
   * What to do about the error, in the given locale, falling back to the catalog's default locale.
   *
   * @param locale the wanted locale
   * @return the solution, or empty where the table gives none
   */
  Optional<String> solution(Locale locale);

  /**
   * The message in the given locale with its printf placeholders ({@code %s}, {@code %d}) filled,
   * as {@link String#format(Locale, String, Object...)} fills them.
   *
   * @param locale the wanted locale, also used to format numbers
   * @param args the values of the message's placeholders
   * @return the formatted message
   * @throws java.util.IllegalFormatException if the arguments do not fit the placeholders
   */
  default String format(Locale locale, Object... args) {
    return String.format(locale, message(locale), args);
  }

  /**
   * The documentation page of this code, where the table gives one. Generated catalogs override
   * this; an implementation without documentation links keeps the default.
   *
   * @return the page's URL, or empty where the table gives none
   */
  default Optional<URI> documentation() {
    return Optional.empty();
  }

  /**
   * This code as an RFC 9457 problem detail, with its texts in the given locale; see {@link
   * Problem#of(ErrorCode, Locale, Object...)} for how each member is chosen.
   *
   * @param locale the locale of the title and detail, falling back as {@link #message(Locale)} does
   * @param args the values of the message's placeholders; none for a message without
   * @return the problem, without an {@code instance}
   * @throws java.util.IllegalFormatException if the arguments do not fit the placeholders
   */
  default Problem problem(Locale locale, Object... args) {
    return Problem.of(this, locale, args);
  }

  /**
   * Why this code is deprecated, where the table deprecates it. A deprecated code is still
   * documented and found by {@code lookup}: APIs keep returning retired codes for a while.
   *
   * @return the table's reason, or empty when the code is not deprecated
   */
  default Optional<String> deprecation() {
    return Optional.empty();
  }

  /**
   * The code of the same catalog that replaces this deprecated one, where the table names it.
   *
   * @return the replacement, or empty
   */
  default Optional<ErrorCode> replacement() {
    return Optional.empty();
  }
}
