package dev.errorcatalog.sample.sdk;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import dev.errorcatalog.Catalogs;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ErrorResponse;
import dev.errorcatalog.sample.huaweicloud.ImageRecognitionErrors;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves the errors the Huawei Cloud SDK raises to catalog entries.
 *
 * <p>The SDK turns every error status into a {@link ServiceResponseException} ({@code
 * ClientRequestException} for 4xx, {@code ServerResponseException} for 5xx) carrying the body's
 * {@code error_code} and {@code error_msg}, the HTTP status and the request id. The catalog of the
 * service that was called says what the code means:
 *
 * <pre>{@code
 * try {
 *   client.runImageTagging(request);
 * } catch (ServiceResponseException e) {
 *   ResolvedServiceError<ImageRecognitionErrors> error =
 *       ServiceErrors.resolve(e, ImageRecognitionErrors::lookup);
 *   if (error.entry().orElse(null) == ImageRecognitionErrors.APIG_0301) {
 *     refreshCredentials();
 *   }
 *   log.warn("{} {}: {}", error.httpStatus(), error.errorCode(), error.entry()
 *       .flatMap(entry -> entry.solution(Locale.CHINA)).orElse(error.errorMsg()));
 * }
 * }</pre>
 */
public final class ServiceErrors {

  /** Every catalog on the class path, found once. */
  private static final Catalogs INSTALLED = Catalogs.installed();

  private ServiceErrors() {}

  /**
   * The error response body the SDK read, as the runtime API's model.
   *
   * @param exception what the SDK raised
   * @return the code and message exactly as the SDK reported them
   */
  public static ErrorResponse body(ServiceResponseException exception) {
    Objects.requireNonNull(exception, "exception");
    return new ErrorResponse(exception.getErrorCode(), exception.getErrorMsg());
  }

  /**
   * Resolves an SDK error in the catalog of the service that was called.
   *
   * @param exception what the SDK raised
   * @param catalog the service's generated lookup, such as {@code ImageRecognitionErrors::lookup}
   * @param <E> the catalog's type
   * @return the error as reported, with its entry when the catalog documents the code
   */
  public static <E extends ErrorCode> ResolvedServiceError<E> resolve(
      ServiceResponseException exception, Function<? super String, Optional<E>> catalog) {
    return new ResolvedServiceError<>(
        exception.getHttpStatusCode(), exception.getRequestId(), body(exception).resolve(catalog));
  }

  /**
   * The entries of an SDK error's code in every Huawei Cloud catalog, for when the service is not
   * known.
   *
   * @param exception what the SDK raised
   * @return one entry per catalog that documents the code; empty when none does
   */
  public static List<ErrorCode> resolveInEveryCatalog(ServiceResponseException exception) {
    return INSTALLED.resolve(body(exception).errorCode());
  }

  /**
   * Whether the same call may succeed if sent again later: the service limited the rate of calls,
   * or failed inside. The code strings are compile-time constants, so they are {@code case} labels.
   *
   * @param exception what the SDK raised
   * @return {@code true} for a throttled call or an internal error of the service
   */
  public static boolean isWorthRetrying(ServiceResponseException exception) {
    String code = exception.getErrorCode();
    if (code == null) {
      return false;
    }
    return switch (code) {
      case ImageRecognitionErrors.Codes.APIG_0308 -> true; // sent too fast: rate limit reached
      case ImageRecognitionErrors.Codes.AIP_0500 -> true; // internal error of the service
      default -> false;
    };
  }
}
