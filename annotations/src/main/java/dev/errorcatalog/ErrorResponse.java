package dev.errorcatalog;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The body of an API error response, such as {@code {"error_code": "AIS.0014", "error_msg": "The
 * JSON format of the input data is incorrect."}}, exactly as the API sent it.
 *
 * <p>Both components are kept as received, also for a code that no catalog documents; either may be
 * {@code null} when the body lacks the field. {@link #resolve(Function)} adds the catalog entry of
 * the code, when there is one.
 *
 * <h2>Reading it with Jackson</h2>
 *
 * <p>This module has no dependencies, so the record carries no Jackson annotations. Its components
 * are the body's fields in camel case, so a mapper with snake-case naming binds it (Jackson 2.12
 * and later build records through their canonical constructor) and writes it back as {@code
 * {"error_code":...,"error_msg":...}}:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder()
 *     .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
 *     .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // bodies may carry more fields
 *     .build();
 * ErrorResponse body = mapper.readValue(json, ErrorResponse.class);
 * }</pre>
 *
 * <h2>Resolving its code</h2>
 *
 * <pre>{@code
 * ErrorResponse.Resolved<OcrErrors> error = body.resolve(OcrErrors::lookup);
 * error.errorCode();          // "AIS.0014", as received
 * error.entry();              // Optional<OcrErrors>: empty for an undocumented code
 * }</pre>
 *
 * @param errorCode the {@code error_code} field, as received; {@code null} when absent
 * @param errorMsg the {@code error_msg} field, as received; {@code null} when absent
 */
public record ErrorResponse(String errorCode, String errorMsg) {

  /**
   * Looks the code up in a catalog.
   *
   * @param lookup a generated catalog's lookup, such as {@code OcrErrors::lookup}; it is not called
   *     when the body has no code
   * @param <E> the catalog's type
   * @return this response with the entry of its code, or with none when the catalog does not
   *     document the code
   */
  public <E extends ErrorCode> Resolved<E> resolve(Function<? super String, Optional<E>> lookup) {
    Objects.requireNonNull(lookup, "lookup");
    Optional<E> entry = errorCode == null ? Optional.empty() : lookup.apply(errorCode);
    return new Resolved<>(this, entry);
  }

  /**
   * An error response together with the catalog entry of its code, when the catalog has one. Made
   * by {@link ErrorResponse#resolve(Function)}; not meant to be written with Jackson (write the
   * {@link #response()} instead).
   *
   * @param response the response as received
   * @param entry the catalog entry of its code; empty for a code the catalog does not document
   * @param <E> the catalog's type
   */
  public record Resolved<E extends ErrorCode>(ErrorResponse response, Optional<E> entry) {

    /**
     * Checks that neither part is {@code null}.
     *
     * @param response the response as received
     * @param entry the catalog entry of its code, or empty
     */
    public Resolved {
      Objects.requireNonNull(response, "response");
      Objects.requireNonNull(entry, "entry");
    }

    /**
     * The code as received.
     *
     * @return the response's {@code error_code}; {@code null} when absent
     */
    public String errorCode() {
      return response.errorCode();
    }

    /**
     * The message as received, which may differ from the catalog's documented message.
     *
     * @return the response's {@code error_msg}; {@code null} when absent
     */
    public String errorMsg() {
      return response.errorMsg();
    }

    /**
     * Whether the catalog documents the code.
     *
     * @return {@code true} when {@link #entry()} is present
     */
    public boolean isResolved() {
      return entry.isPresent();
    }
  }
}
