package dev.errorcatalog;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}) made from a catalog entry: the
 * standard members {@code type}, {@code title}, {@code status}, {@code detail} and {@code
 * instance}, and the extension members {@code code} and {@code catalog}.
 *
 * <p>{@link ErrorCode#problem(Locale, Object...)} makes one; this module has no JSON dependency, so
 * writing it as JSON is left to the application (the {@code errorcatalog-spring} module does it
 * through Spring's {@code ProblemDetail}). For {@code OcrErrors.AIS_0014}, which documents status
 * 400:
 *
 * <pre>{@code
 * {"type": "about:blank", "title": "The JSON format of the input data is incorrect.",
 *  "status": 400, "detail": "...", "instance": "/ocr/general-text",
 *  "code": "AIS.0014", "catalog": "ocr"}
 * }</pre>
 *
 * @param type the documentation page of the code, or {@code about:blank} where there is none
 * @param title the code's message in the locale, its placeholders unfilled: the same for every
 *     occurrence of the code, as RFC 9457 asks of a title
 * @param status the HTTP status, from 100 to 599
 * @param detail the explanation of this occurrence
 * @param instance the URI of this occurrence, such as the request's path; empty when unknown
 * @param code the code, as documented
 * @param catalog the id of the catalog the code comes from
 */
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    Optional<URI> instance,
    String code,
    String catalog) {

  /** The {@code type} of a problem with no documentation page, as RFC 9457 defines it. */
  public static final URI ABOUT_BLANK = URI.create("about:blank");

  /** The status of a code whose table documents none: the error is the server's to explain. */
  public static final int UNDOCUMENTED_STATUS = 500;

  /**
   * Checks the members.
   *
   * @param type the documentation page, or {@link #ABOUT_BLANK}
   * @param title the message in the locale
   * @param status the HTTP status, from 100 to 599
   * @param detail the explanation of this occurrence
   * @param instance the URI of this occurrence, or empty
   * @param code the code
   * @param catalog the catalog's id
   * @throws IllegalArgumentException if {@code status} is not an HTTP status
   */
  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(catalog, "catalog");
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status " + status + " is not an HTTP status");
    }
  }

  /**
   * The problem of a catalog entry, texts in {@code locale}:
   *
   * <ul>
   *   <li>{@code type}: {@link ErrorCode#documentation()}, else {@code about:blank};
   *   <li>{@code status}: {@link ErrorCode#httpStatus()}, else {@value #UNDOCUMENTED_STATUS};
   *   <li>{@code title}: {@link ErrorCode#message(Locale)};
   *   <li>{@code detail}: the message formatted with {@code args} ({@link ErrorCode#format(Locale,
   *       Object...)}) when there are arguments, else {@link ErrorCode#description(Locale)}, else
   *       the message;
   *   <li>{@code instance}: empty (see {@link #withInstance(URI)});
   *   <li>{@code code} and {@code catalog}: the entry's.
   * </ul>
   *
   * <p>A text the tables do not give in {@code locale} falls back as {@link
   * ErrorCode#message(Locale)} does.
   *
   * @param entry the catalog entry
   * @param locale the locale of the texts
   * @param args the values of the message's placeholders; none for a message without
   * @return the problem
   * @throws java.util.IllegalFormatException if the arguments do not fit the placeholders
   */
  public static Problem of(ErrorCode entry, Locale locale, Object... args) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(args, "args");
    String title = entry.message(locale);
    String detail =
        args.length > 0 ? entry.format(locale, args) : entry.description(locale).orElse(title);
    return new Problem(
        entry.documentation().orElse(ABOUT_BLANK),
        title,
        entry.httpStatus().orElse(UNDOCUMENTED_STATUS),
        detail,
        Optional.empty(),
        entry.code(),
        entry.catalog());
  }

  /**
   * This problem with the URI of its occurrence, such as the path of the request that failed.
   *
   * @param instance a URI, often relative
   * @return a new problem; this one is unchanged
   */
  public Problem withInstance(URI instance) {
    return new Problem(type, title, status, detail, Optional.of(instance), code, catalog);
  }
}
