package dev.errorcatalog.spring.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.spring.client.CatalogErrorResponseException;
import dev.errorcatalog.spring.client.CatalogResponseErrorHandler;
import dev.errorcatalog.spring.test.ShopErrors;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A real server answering catalog exceptions, called over HTTP with the JDK's client. */
@SpringBootTest(
    classes = ShopApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemResponseTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @Autowired CatalogResponseErrorHandler errorHandler;

  private HttpResponse<String> get(String path, String acceptLanguage)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> json(HttpResponse<String> response) {
    return JsonMapper.shared()
        .readValue(response.body(), new TypeReference<Map<String, Object>>() {});
  }

  private static Optional<String> contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type");
  }

  @Test
  void catalogExceptionBecomesProblemJsonWithEveryMember() throws Exception {
    HttpResponse<String> response = get("/orders/42", "en");

    assertEquals(404, response.statusCode());
    assertEquals(Optional.of("application/problem+json"), contentType(response));
    assertEquals(
        Map.of(
            "type", "https://shop.example.com/errors/SHOP.0404",
            "title", "The order %s does not exist.",
            "status", 404,
            "detail", "The order 42 does not exist.",
            "instance", "/orders/42",
            "code", "SHOP.0404",
            "catalog", "shop"),
        json(response));
  }

  @Test
  void withoutArgumentsTheDetailIsTheDescription() throws Exception {
    HttpResponse<String> response = get("/orders", "en");

    assertEquals(429, response.statusCode());
    assertEquals(
        Map.of(
            "type", "https://shop.example.com/errors/SHOP.0429",
            "title", "Too many requests.",
            "status", 429,
            "detail", "The client sent more than 10 requests a second.",
            "instance", "/orders",
            "code", "SHOP.0429",
            "catalog", "shop"),
        json(response));
  }

  @Test
  void acceptLanguageZhCnGivesChineseTexts() throws Exception {
    HttpResponse<String> response = get("/orders/42", "zh-CN,zh;q=0.9,en;q=0.5");

    assertEquals(404, response.statusCode());
    Map<String, Object> body = json(response);
    assertEquals("订单%s不存在。", body.get("title"));
    assertEquals("订单42不存在。", body.get("detail"));
    assertEquals("请求过多。", json(get("/orders", "zh-CN")).get("title"));
    assertEquals("客户端每秒发送的请求超过10个。", json(get("/orders", "zh-CN")).get("detail"));
  }

  @Test
  void untranslatedLanguageFallsBackToTheCatalogDefault() throws Exception {
    Map<String, Object> body = json(get("/orders/42", "fr-FR"));

    assertEquals("The order 42 does not exist.", body.get("detail"));
  }

  @Test
  void codeWithoutDocumentedStatusAnswers500() throws Exception {
    HttpResponse<String> response = get("/inventory", "en");

    assertEquals(500, response.statusCode());
    assertEquals(Optional.of("application/problem+json"), contentType(response));
    assertEquals(
        Map.of(
            "type", "https://shop.example.com/errors/SHOP.0500",
            "title", "The inventory could not be read.",
            "status", 500,
            "detail", "The inventory could not be read.",
            "instance", "/inventory",
            "code", "SHOP.0500",
            "catalog", "shop"),
        json(response));
  }

  @Test
  void clientWithTheHandlerResolvesTheServersProblemToItsEntry() {
    RestClient client =
        RestClient.builder()
            .baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(errorHandler)
            .defaultHeader("Accept-Language", "zh-CN")
            .build();

    CatalogErrorResponseException e =
        assertThrows(
            CatalogErrorResponseException.class,
            () -> client.get().uri("/orders/42").retrieve().body(String.class));

    assertSame(ShopErrors.SHOP_0404, e.entry());
    assertEquals(Optional.of("订单42不存在。"), e.errorMessage());
    assertEquals(404, e.statusCode().value());
  }

  @Test
  void unrelatedExceptionIsLeftToTheApplicationsHandler() throws Exception {
    HttpResponse<String> response = get("/broken", "en");

    assertEquals(409, response.statusCode());
    assertEquals("app handled: not a catalog error", response.body());
  }
}
