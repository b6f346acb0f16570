package dev.errorcatalog.spring.client;

import java.nio.charset.Charset;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClientResponseException;

/**
 * An error response that no catalog explains: its code is documented in none of the catalogs, or
 * its body carries no code (a proxy's HTML page, an empty body). The response is kept whole, as in
 * every {@link RestClientResponseException}; {@link #errorCode()} and {@link #errorMessage()} are
 * what the body says, where it says it.
 */
public class UndocumentedErrorResponseException extends RestClientResponseException {

  private static final long serialVersionUID = 1L;

  private final String errorCode;
  private final String errorMessage;

  /**
   * An error response no catalog documents.
   *
   * @param statusCode the response's status
   * @param statusText the response's status text
   * @param headers the response's headers
   * @param body the raw body
   * @param charset the body's charset
   * @param errorCode the code the body gives, or {@code null} when it gives none
   * @param errorMessage the message the body gives, or {@code null} when it gives none
   */
  public UndocumentedErrorResponseException(
      HttpStatusCode statusCode,
      String statusText,
      HttpHeaders headers,
      byte[] body,
      Charset charset,
      String errorCode,
      String errorMessage) {
    super(
        statusCode
            + (errorCode == null
                ? ": the body carries no error code"
                : ": error code " + errorCode + " is documented in no catalog"),
        statusCode,
        statusText,
        headers,
        body,
        charset);
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
  }

  /**
   * The code the body gives.
   *
   * @return the code, as received; empty when the body carries none
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * The message the body gives.
   *
   * @return the body's {@code error_msg}, or a problem body's {@code detail} or {@code title};
   *     empty when it has none
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }
}
