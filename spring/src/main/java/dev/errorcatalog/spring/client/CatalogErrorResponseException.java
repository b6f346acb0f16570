package dev.errorcatalog.spring.client;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.ErrorCode;
import java.nio.charset.Charset;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * An error response whose code a catalog documents: {@link #entry()} is that code's entry, and the
 * response is kept as received (status, headers, raw body, the body's code and message).
 *
 * <p>{@link #getMessage()} is the entry's documented message, as for every {@link
 * CatalogException}; {@link #errorMessage()} is what the server said.
 */
public class CatalogErrorResponseException extends CatalogException {

  private static final long serialVersionUID = 1L;

  // Transient, as in Spring's RestClientResponseException: headers, status and charset are not
  // all serializable.
  private final transient HttpStatusCode statusCode;
  private final transient HttpHeaders headers;
  private final byte[] body;
  private final transient Charset charset;
  private final String errorCode;
  private final String errorMessage;

  /**
   * An error response with a documented code.
   *
   * @param entry the catalog entry of the body's code
   * @param statusCode the response's status
   * @param headers the response's headers
   * @param body the raw body
   * @param charset the body's charset
   * @param errorCode the code, as the body gives it
   * @param errorMessage the body's message, or {@code null} when it has none
   */
  public CatalogErrorResponseException(
      ErrorCode entry,
      HttpStatusCode statusCode,
      HttpHeaders headers,
      byte[] body,
      Charset charset,
      String errorCode,
      String errorMessage) {
    super(entry);
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body.clone();
    this.charset = charset;
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
  }

  /**
   * The response's status, which may differ from the status the catalog documents.
   *
   * @return the status
   */
  public HttpStatusCode statusCode() {
    return statusCode;
  }

  /**
   * The response's headers, such as a request id.
   *
   * @return the headers
   */
  public HttpHeaders headers() {
    return headers;
  }

  /**
   * The raw body.
   *
   * @return a copy of the body's bytes
   */
  public byte[] responseBody() {
    return body.clone();
  }

  /**
   * The raw body as text, decoded with the charset of its {@code Content-Type} (UTF-8 without one).
   *
   * @return the body
   */
  public String responseBodyAsString() {
    return new String(body, charset);
  }

  /**
   * The code as the body gives it.
   *
   * @return for example {@code "AIS.0014"}
   */
  public String errorCode() {
    return errorCode;
  }

  /**
   * The message the body gives, which may differ from the catalog's.
   *
   * @return the body's {@code error_msg}, or a problem body's {@code detail} or {@code title};
   *     empty when it has none
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }
}
