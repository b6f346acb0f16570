package dev.errorcatalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An error that a catalog documents, with the values of its message's placeholders: what a service
 * throws to answer with a documented code.
 *
 * <pre>{@code
 * throw new CatalogException(OcrErrors.AIP_0005, "X-Auth-Token");
 * }</pre>
 *
 * <p>A cause goes first, {@code new CatalogException(cause, entry, args...)}: given after the
 * entry, it would be taken for a placeholder's value.
 *
 * <p>{@link #getMessage()} is the message in the catalog's default locale ({@link
 * ErrorCode#message()}), formatted with the arguments when there are any (numbers as in {@link
 * Locale#ROOT}), so logs read the same on every machine. {@link #problem(Locale)} gives the texts
 * in any locale.
 *
 * <p>Catalog entries are not serializable: a deserialized exception keeps its message and stack
 * trace, but its {@link #entry()} is {@code null} and its {@link #args()} are empty.
 */
public class CatalogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  // Transient: entries and arguments need not be Serializable (see the class comment).
  private final transient ErrorCode entry;
  private final transient Object[] args;

  /**
   * An exception for a documented error.
   *
   * @param entry the catalog entry of the error
   * @param args the values of the message's placeholders; none for a message without
   * @throws java.util.IllegalFormatException if the arguments do not fit the placeholders
   */
  public CatalogException(ErrorCode entry, Object... args) {
    this(null, entry, args);
  }

  /**
   * An exception for a documented error caused by another.
   *
   * @param cause the exception that caused it, or {@code null}
   * @param entry the catalog entry of the error
   * @param args the values of the message's placeholders; none for a message without
   * @throws java.util.IllegalFormatException if the arguments do not fit the placeholders
   */
  public CatalogException(Throwable cause, ErrorCode entry, Object... args) {
    super(defaultLocaleMessage(entry, args), cause);
    this.entry = entry;
    this.args = args.clone();
  }

  // Formats eagerly, so that arguments that do not fit fail where the exception is made, not
  // later where it is reported.
  private static String defaultLocaleMessage(ErrorCode entry, Object[] args) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(args, "args");
    return args.length > 0 ? String.format(Locale.ROOT, entry.message(), args) : entry.message();
  }

  /**
   * The catalog entry of the error.
   *
   * @return the entry; {@code null} only after deserialization
   */
  public ErrorCode entry() {
    return entry;
  }

  /**
   * The values of the message's placeholders, in order.
   *
   * @return an unmodifiable list, empty for none; it may hold {@code null} values
   */
  public List<Object> args() {
    return args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args));
  }

  /**
   * This error as an RFC 9457 problem detail with its texts in {@code locale}, as {@link
   * ErrorCode#problem(Locale, Object...)} makes it with this exception's arguments.
   *
   * @param locale the locale of the title and detail
   * @return the problem, without an {@code instance}
   * @throws IllegalStateException after deserialization, which loses the entry
   */
  public Problem problem(Locale locale) {
    if (entry == null) {
      throw new IllegalStateException("a deserialized CatalogException has no entry");
    }
    return entry.problem(locale, args);
  }
}
