package dev.errorcatalog.sample.sdk;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ErrorResponse;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the Huawei Cloud SDK reported in a {@link ServiceResponseException}, with the catalog entry
 * of its error code when the catalog documents it. The code, message, HTTP status and request id
 * are kept exactly as the SDK reported them, also when the code is unknown.
 *
 * @param httpStatus the HTTP status the service answered with
 * @param requestId the request id the service gave (body or {@code X-Request-Id} header); may be
 *     {@code null}
 * @param error the error code and message, and the entry of the code
 * @param <E> the catalog's type
 */
public record ResolvedServiceError<E extends ErrorCode>(
    int httpStatus, String requestId, ErrorResponse.Resolved<E> error) {

  /**
   * Checks that the error is given.
   *
   * @param httpStatus the HTTP status
   * @param requestId the request id, or {@code null}
   * @param error the error code and message, and the entry of the code
   */
  public ResolvedServiceError {
    Objects.requireNonNull(error, "error");
  }

  /**
   * The error code as the SDK reported it.
   *
   * @return the code; {@code null} when the body had none
   */
  public String errorCode() {
    return error.errorCode();
  }

  /**
   * The error message as the SDK reported it (the service's own wording, or the raw body when the
   * body was not JSON).
   *
   * @return the message
   */
  public String errorMsg() {
    return error.errorMsg();
  }

  /**
   * The catalog entry of the code.
   *
   * @return the entry, or empty for a code the catalog does not document
   */
  public Optional<E> entry() {
    return error.entry();
  }

  /**
   * The HTTP status the catalog documents for the code, to compare with {@link #httpStatus()}.
   *
   * @return the documented status; empty for an unknown code or one documented without a status
   */
  public OptionalInt documentedStatus() {
    return error.entry().map(ErrorCode::httpStatus).orElse(OptionalInt.empty());
  }
}
