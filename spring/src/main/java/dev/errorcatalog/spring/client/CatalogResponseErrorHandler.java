package dev.errorcatalog.spring.client;

import dev.errorcatalog.Catalogs;
import dev.errorcatalog.ErrorCode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * A {@link ResponseErrorHandler} for {@code RestClient} (and {@code RestTemplate}) that turns an
 * error response into an exception carrying the catalog entry of its code:
 *
 * <pre>{@code
 * RestClient client = RestClient.builder()
 *     .baseUrl("https://ocr.example.com")
 *     .defaultStatusHandler(new CatalogResponseErrorHandler(Catalogs.of(OcrErrors.CATALOG)))
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li>A 4xx or 5xx response whose body gives a code some catalog documents throws {@link
 *       CatalogErrorResponseException}. The code is the body's {@code error_code} (Huawei-style
 *       {@code {"error_code": ..., "error_msg": ...}}), else its {@code code} member (a problem
 *       body, such as Error Catalog's server side writes). A problem body that names its {@code
 *       catalog} is looked up in that catalog first; otherwise the first catalog, in {@link
 *       Catalogs} order, that documents the code answers.
 *   <li>Any other error response (an undocumented code, no code, a body that is not JSON) throws
 *       {@link UndocumentedErrorResponseException}, a {@code RestClientResponseException}.
 * </ul>
 *
 * <p>Both keep the status, headers and raw body as received.
 */
public final class CatalogResponseErrorHandler implements ResponseErrorHandler {

  private final Catalogs catalogs;

  /**
   * A handler resolving codes in catalogs.
   *
   * @param catalogs the catalogs of the services called, such as {@code Catalogs.installed()}
   */
  public CatalogResponseErrorHandler(Catalogs catalogs) {
    this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
  }

  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return response.getStatusCode().isError();
  }

  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response)
      throws IOException {
    HttpStatusCode status = response.getStatusCode();
    HttpHeaders headers = response.getHeaders();
    byte[] body = response.getBody().readAllBytes();
    Charset charset = charset(headers);
    Optional<ReceivedError> received = ReceivedError.parse(new String(body, charset));
    Optional<ErrorCode> entry = received.flatMap(this::entry);
    String code = received.map(ReceivedError::code).orElse(null);
    String message = received.flatMap(ReceivedError::message).orElse(null);
    if (entry.isPresent()) {
      throw new CatalogErrorResponseException(
          entry.get(), status, headers, body, charset, code, message);
    }
    throw new UndocumentedErrorResponseException(
        status, response.getStatusText(), headers, body, charset, code, message);
  }

  private Optional<ErrorCode> entry(ReceivedError received) {
    return received
        .catalog()
        .flatMap(id -> catalogs.find(id, received.code()))
        .or(() -> catalogs.resolve(received.code()).stream().findFirst());
  }

  // UTF-8 where the Content-Type names no charset, or one that cannot be parsed or is unknown.
  private static Charset charset(HttpHeaders headers) {
    try {
      MediaType type = headers.getContentType();
      Charset charset = type == null ? null : type.getCharset();
      return charset == null ? StandardCharsets.UTF_8 : charset;
    } catch (IllegalArgumentException unusable) {
      return StandardCharsets.UTF_8;
    }
  }

  @Override
  public String toString() {
    return "CatalogResponseErrorHandler" + catalogs.catalogs().stream().map(c -> c.id()).toList();
  }
}
