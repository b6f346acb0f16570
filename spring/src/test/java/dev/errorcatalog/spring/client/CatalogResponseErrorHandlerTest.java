package dev.errorcatalog.spring.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.errorcatalog.Catalogs;
import dev.errorcatalog.spring.test.ImageRecognitionErrors;
import dev.errorcatalog.spring.test.ShopErrors;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** A RestClient with the handler, calling a local server on 127.0.0.1 that answers errors. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CatalogResponseErrorHandlerTest {

  /** What the server answers next. */
  private record Reply(int status, String contentType, String body, Charset charset) {
    Reply(int status, String contentType, String body) {
      this(status, contentType, body, StandardCharsets.UTF_8);
    }

    byte[] bytes() {
      return body.getBytes(charset);
    }
  }

  private static final AtomicReference<Reply> NEXT = new AtomicReference<>();

  private static HttpServer server;
  private static ExecutorService executor;
  private static RestClient client;

  @BeforeAll
  static void startServerAndClient() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.createContext("/", CatalogResponseErrorHandlerTest::answer);
    server.start();
    client =
        RestClient.builder()
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
            .defaultStatusHandler(
                new CatalogResponseErrorHandler(
                    Catalogs.of(ShopErrors.CATALOG, ImageRecognitionErrors.CATALOG)))
            .build();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      Reply reply = NEXT.get();
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      exchange.getResponseHeaders().set("X-Request-Id", "req-1");
      byte[] bytes = reply.bytes();
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static <T extends Throwable> T callFailing(Reply reply, Class<T> expected) {
    NEXT.set(reply);
    return assertThrows(
        expected, () -> client.post().uri("/v2/image/tagging").retrieve().body(String.class));
  }

  @Test
  void huaweiBodyWithDocumentedCodeResolvesToItsEntry() {
    String body =
        "{\"error_code\":\"AIS.0014\",\"error_msg\":\"The JSON format of the input data is"
            + " incorrect.\",\"request_id\":\"req-1\"}";

    CatalogErrorResponseException e =
        callFailing(
            new Reply(400, "application/json;charset=UTF-8", body),
            CatalogErrorResponseException.class);

    assertSame(ImageRecognitionErrors.AIS_0014, e.entry());
    assertEquals(HttpStatusCode.valueOf(400), e.statusCode());
    assertEquals("AIS.0014", e.errorCode());
    assertEquals(Optional.of("The JSON format of the input data is incorrect."), e.errorMessage());
    assertEquals(body, e.responseBodyAsString());
    assertEquals("req-1", e.headers().getFirst("X-Request-Id"));
    assertEquals("The JSON format of the input data is incorrect.", e.getMessage());
  }

  @Test
  void problemBodyWithCodeAndCatalogResolvesToItsEntry() {
    String body =
        "{\"type\":\"about:blank\",\"title\":\"The order %s does not exist.\",\"status\":404,"
            + "\"detail\":\"The order 42 does not exist.\",\"instance\":\"/orders/42\","
            + "\"code\":\"SHOP.0404\",\"catalog\":\"shop\"}";

    CatalogErrorResponseException e =
        callFailing(
            new Reply(404, "application/problem+json", body), CatalogErrorResponseException.class);

    assertSame(ShopErrors.SHOP_0404, e.entry());
    assertEquals(Optional.of("The order 42 does not exist."), e.errorMessage());
    assertEquals(body, e.responseBodyAsString());
  }

  @Test
  void bodyInADeclaredCharsetIsDecodedWithIt() {
    Charset gbk = Charset.forName("GBK");
    String body = "{\"error_code\":\"AIS.0014\",\"error_msg\":\"输入数据JSON格式错误。\"}";

    CatalogErrorResponseException e =
        callFailing(
            new Reply(400, "application/json;charset=GBK", body, gbk),
            CatalogErrorResponseException.class);

    assertEquals(Optional.of("输入数据JSON格式错误。"), e.errorMessage());
    assertArrayEquals(body.getBytes(gbk), e.responseBody());
  }

  @Test
  void undocumentedCodeKeepsCodeMessageAndRawBody() {
    String body = "{\"error_code\":\"AIS.9999\",\"error_msg\":\"Something new.\"}";

    UndocumentedErrorResponseException e =
        callFailing(
            new Reply(400, "application/json", body), UndocumentedErrorResponseException.class);

    assertEquals(Optional.of("AIS.9999"), e.errorCode());
    assertEquals(Optional.of("Something new."), e.errorMessage());
    assertEquals(HttpStatusCode.valueOf(400), e.getStatusCode());
    assertEquals(body, e.getResponseBodyAsString());
    assertEquals("req-1", e.getResponseHeaders().getFirst("X-Request-Id"));
  }

  @Test
  void nonJsonBadGatewayKeepsItsRawBody() {
    String body = "<html><body><h1>502 Bad Gateway</h1></body></html>";

    UndocumentedErrorResponseException e =
        callFailing(new Reply(502, "text/html", body), UndocumentedErrorResponseException.class);

    assertEquals(HttpStatusCode.valueOf(502), e.getStatusCode());
    assertEquals(Optional.empty(), e.errorCode());
    assertEquals(body, e.getResponseBodyAsString());
  }

  @Test
  void jsonWithoutCodeIsUndocumented() {
    UndocumentedErrorResponseException e =
        callFailing(
            new Reply(503, "application/json", "{\"message\":\"maintenance\"}"),
            UndocumentedErrorResponseException.class);

    assertEquals(Optional.empty(), e.errorCode());
    assertEquals(RestClientResponseException.class, e.getClass().getSuperclass());
  }

  @Test
  void successfulResponseIsNotAnError() {
    NEXT.set(new Reply(200, "application/json", "{\"result\":[]}"));

    assertEquals(
        "{\"result\":[]}", client.post().uri("/v2/image/tagging").retrieve().body(String.class));
  }
}
