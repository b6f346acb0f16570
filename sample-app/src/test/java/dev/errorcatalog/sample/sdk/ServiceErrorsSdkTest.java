package dev.errorcatalog.sample.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.exception.ServerResponseException;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.sample.huaweicloud.ImageRecognitionErrors;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls a local stand-in for Image Recognition on 127.0.0.1 through the Huawei Cloud SDK's own
 * client stack (ClientBuilder, HcClient, AK/SK signing, its OkHttp client, its exception handler)
 * and resolves the exceptions the SDK raises.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServiceErrorsSdkTest {

  private static final String PROJECT_ID = "0b8f7e6d5c4b3a29180716253443526f";

  /** What the server answers next: status, body and request id. */
  private record Reply(int status, String contentType, String body, String requestId) {}

  /** What the server received. */
  private record Received(
      String method, String path, Map<String, List<String>> headers, String body) {}

  private static final AtomicReference<Reply> NEXT = new AtomicReference<>();
  private static final AtomicReference<Received> LAST = new AtomicReference<>();

  private static HttpServer server;
  private static ExecutorService executor;
  private static ImageTaggingClient client;

  @BeforeAll
  static void startServerAndClient() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.createContext("/", ServiceErrorsSdkTest::answer);
    server.start();
    String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();

    // As a user builds a service client; the AK/SK are fake, the server does not check them.
    client =
        ImageTaggingClient.newBuilder()
            .withCredential(
                new BasicCredentials()
                    .withAk("FAKEACCESSKEY0000000")
                    .withSk("fake-secret-key")
                    .withProjectId(PROJECT_ID))
            .withHttpConfig(
                HttpConfig.getDefaultHttpConfig().withConnectionTimeout(5).withReadTimeout(10))
            .withEndpoints(List.of(endpoint))
            .build();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      LAST.set(
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              Map.copyOf(exchange.getRequestHeaders()),
              body));
      Reply reply = NEXT.get();
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      if (reply.requestId() != null) {
        exchange.getResponseHeaders().set("X-Request-Id", reply.requestId());
      }
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** Calls the API through the SDK with the server answering {@code reply}. */
  private static ServiceResponseException callFailing(Reply reply) {
    NEXT.set(reply);
    LAST.set(null);
    return assertThrows(
        ServiceResponseException.class,
        () ->
            client.runImageTagging(
                new ImageTaggingClient.Request()
                    .withBody(
                        new ImageTaggingClient.RequestBody()
                            .withUrl("https://example.com/cat.jpg")
                            .withLanguage("en")
                            .withLimit(5))));
  }

  private static Reply json(int status, String errorCode, String errorMsg, String requestId) {
    return new Reply(
        status,
        "application/json;charset=UTF-8",
        "{\"error_code\": \"" + errorCode + "\", \"error_msg\": \"" + errorMsg + "\"}",
        requestId);
  }

  static Stream<Arguments> documentedErrors() {
    return Stream.of(
        Arguments.of(
            400,
            "AIS.0014",
            "The JSON format of the input data is incorrect.",
            ClientRequestException.class,
            ImageRecognitionErrors.AIS_0014),
        Arguments.of(
            403,
            "AIP.0001",
            "The authentication token is abnormal.",
            ClientRequestException.class,
            ImageRecognitionErrors.AIP_0001),
        Arguments.of(
            405,
            "AIP.0008",
            "The request method is not allowed.",
            ClientRequestException.class,
            ImageRecognitionErrors.AIP_0008),
        Arguments.of(
            500,
            "AIP.0500",
            "Failed to complete the request because of an internal service error.",
            ServerResponseException.class,
            ImageRecognitionErrors.AIP_0500));
  }

  @ParameterizedTest
  @MethodSource("documentedErrors")
  void resolvesTheExceptionOfADocumentedErrorToItsEntry(
      int status,
      String code,
      String message,
      Class<? extends ServiceResponseException> raised,
      ImageRecognitionErrors expected) {
    assertEquals(OptionalInt.of(status), expected.httpStatus(), "the table's status");

    ServiceResponseException e = callFailing(json(status, code, message, "req-" + status));
    ResolvedServiceError<ImageRecognitionErrors> error =
        ServiceErrors.resolve(e, ImageRecognitionErrors::lookup);

    assertInstanceOf(raised, e);
    assertSame(expected, error.entry().orElseThrow());
    assertEquals(status, error.httpStatus());
    assertEquals(OptionalInt.of(status), error.documentedStatus());
    assertEquals(code, error.errorCode());
    assertEquals(message, error.errorMsg());
    assertEquals("req-" + status, error.requestId());
  }

  @Test
  void sendsTheCallThroughTheSdksSignedHttpClient() {
    callFailing(json(400, "AIS.0014", "x", null));

    Received received = LAST.get();
    assertEquals("POST", received.method());
    assertEquals("/v2/" + PROJECT_ID + "/image/tagging", received.path());
    String authorization = received.headers().get("Authorization").get(0);
    assertTrue(
        authorization.startsWith("SDK-HMAC-SHA256 Access=FAKEACCESSKEY0000000,"), authorization);
    assertTrue(authorization.contains("Signature="), authorization);
    assertTrue(received.headers().containsKey("X-sdk-date"), received.headers().toString());
    assertEquals(
        "{\"url\":\"https://example.com/cat.jpg\",\"language\":\"en\",\"limit\":5}",
        received.body());
  }

  @Test
  void keepsAnUndocumentedCodeIntactAndUnresolved() {
    ServiceResponseException e =
        callFailing(
            json(400, "AIS.9999", "A code no page documents: quota 7 exceeded.", "req-new"));
    ResolvedServiceError<ImageRecognitionErrors> error =
        ServiceErrors.resolve(e, ImageRecognitionErrors::lookup);

    assertInstanceOf(ClientRequestException.class, e);
    assertTrue(error.entry().isEmpty());
    assertEquals("AIS.9999", error.errorCode());
    assertEquals("A code no page documents: quota 7 exceeded.", error.errorMsg());
    assertEquals(400, error.httpStatus());
    assertEquals("req-new", error.requestId());
    assertEquals(OptionalInt.empty(), error.documentedStatus());
    assertEquals(List.of(), ServiceErrors.resolveInEveryCatalog(e));
  }

  @Test
  void keepsABodyThatIsNotJsonAsTheMessage() {
    ServiceResponseException e =
        callFailing(new Reply(502, "text/html", "<html><body>Bad Gateway</body></html>", null));
    ResolvedServiceError<ImageRecognitionErrors> error =
        ServiceErrors.resolve(e, ImageRecognitionErrors::lookup);

    assertInstanceOf(ServerResponseException.class, e);
    assertNull(error.errorCode());
    assertEquals("<html><body>Bad Gateway</body></html>", error.errorMsg());
    assertEquals(502, error.httpStatus());
    assertTrue(error.entry().isEmpty());
  }

  @Test
  void resolvesByCodeEvenWhenTheStatusDiffersFromTheDocumentedOne() {
    ServiceResponseException e =
        callFailing(
            json(
                401,
                "APIG.0301",
                "Incorrect IAM authentication information: verify aksk signature fail",
                null));
    ResolvedServiceError<ImageRecognitionErrors> error =
        ServiceErrors.resolve(e, ImageRecognitionErrors::lookup);

    assertSame(ImageRecognitionErrors.APIG_0301, error.entry().orElseThrow());
    assertEquals(401, error.httpStatus());
    assertEquals(OptionalInt.of(400), error.documentedStatus());
    List<ErrorCode> everywhere = ServiceErrors.resolveInEveryCatalog(e);
    assertEquals(
        List.of("ais-image", "image-recognition-zh", "image-search", "ocr"),
        everywhere.stream().map(ErrorCode::catalog).toList());
  }

  @Test
  void returnsTheResultOfASuccessfulCall() {
    NEXT.set(
        new Reply(
            200,
            "application/json;charset=UTF-8",
            "{\"result\": {\"tags\": [{\"tag\": \"cat\", \"confidence\": \"98.5\"}]}}",
            null));

    ImageTaggingClient.Response response =
        client.runImageTagging(
            new ImageTaggingClient.Request()
                .withBody(new ImageTaggingClient.RequestBody().withImage("aGVsbG8=")));

    assertEquals(200, response.getHttpStatusCode());
    assertEquals("cat", response.getResult().get("tags").get(0).get("tag"));
  }
}
