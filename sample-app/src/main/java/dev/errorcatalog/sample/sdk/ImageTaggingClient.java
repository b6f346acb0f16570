package dev.errorcatalog.sample.sdk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.huaweicloud.sdk.core.ClientBuilder;
import com.huaweicloud.sdk.core.HcClient;
import com.huaweicloud.sdk.core.SdkResponse;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.FieldExistence;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.core.http.LocationType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A client of one Image Recognition API, image tagging ({@code POST
 * /v2/{project_id}/image/tagging}), built on the Huawei Cloud SDK core the way the SDK's own
 * service clients are: a {@link HttpRequestDef} describes the call, {@link HcClient} signs it with
 * the credentials, sends it through the SDK's HTTP client and raises a {@link
 * ServiceResponseException} for an error status.
 *
 * <pre>{@code
 * ImageTaggingClient client = ImageTaggingClient.newBuilder()
 *     .withCredential(new BasicCredentials().withAk(ak).withSk(sk).withProjectId(projectId))
 *     .withEndpoints(List.of("https://image.cn-north-4.myhuaweicloud.com"))
 *     .build();
 * try {
 *   client.runImageTagging(new ImageTaggingClient.Request().withBody(
 *       new ImageTaggingClient.RequestBody().withUrl(imageUrl).withLanguage("en")));
 * } catch (ServiceResponseException e) {
 *   ResolvedServiceError<ImageRecognitionErrors> error =
 *       ServiceErrors.resolve(e, ImageRecognitionErrors::lookup);
 * }
 * }</pre>
 *
 * <p>Only the request and response fields this sample needs are modelled; the service's own SDK
 * artifact ({@code huaweicloud-sdk-image}) has them all.
 */
public final class ImageTaggingClient {

  /** The call: method, path, content type and where the request's fields go. */
  public static final HttpRequestDef<Request, Response> RUN_IMAGE_TAGGING =
      HttpRequestDef.builder(HttpMethod.POST, Request.class, Response.class)
          .withName("RunImageTagging")
          .withUri("/v2/{project_id}/image/tagging")
          .withContentType("application/json;charset=UTF-8")
          .<RequestBody>withRequestField(
              "body",
              LocationType.Body,
              FieldExistence.NON_NULL_NON_EMPTY,
              RequestBody.class,
              field -> field.withMarshaller(Request::getBody, Request::setBody))
          .build();

  private final HcClient hcClient;

  /**
   * Wraps a configured SDK client; use {@link #newBuilder()}.
   *
   * @param hcClient the SDK client with endpoint and credentials
   */
  public ImageTaggingClient(HcClient hcClient) {
    this.hcClient = Objects.requireNonNull(hcClient, "hcClient");
  }

  /**
   * The SDK's builder for this client: credentials, endpoints, HTTP configuration.
   *
   * @return a new builder
   */
  public static ClientBuilder<ImageTaggingClient> newBuilder() {
    return new ClientBuilder<>(ImageTaggingClient::new);
  }

  /**
   * Tags an image.
   *
   * @param request the image to tag
   * @return the tags
   * @throws ServiceResponseException when the service answers with an error status: {@code
   *     ClientRequestException} for 4xx, {@code ServerResponseException} for 5xx
   */
  public Response runImageTagging(Request request) {
    return hcClient.syncInvokeHttp(request, RUN_IMAGE_TAGGING);
  }

  /** The request: its body. */
  public static final class Request {
    private RequestBody body;

    /**
     * Sets the body.
     *
     * @param body the body
     * @return this request
     */
    public Request withBody(RequestBody body) {
      this.body = body;
      return this;
    }

    /**
     * The body.
     *
     * @return the body
     */
    public RequestBody getBody() {
      return body;
    }

    /**
     * Sets the body.
     *
     * @param body the body
     */
    public void setBody(RequestBody body) {
      this.body = body;
    }
  }

  /** The JSON body: the image (Base64 or URL), the tags' language and how many to return. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @SuppressWarnings("UnusedVariable") // Jackson reads the fields by reflection when it writes JSON
  public static final class RequestBody {
    @JsonProperty("image")
    private String image;

    @JsonProperty("url")
    private String url;

    @JsonProperty("language")
    private String language;

    @JsonProperty("limit")
    private Integer limit;

    /**
     * Sets the Base64-encoded image.
     *
     * @param image the image
     * @return this body
     */
    public RequestBody withImage(String image) {
      this.image = image;
      return this;
    }

    /**
     * Sets the image's URL.
     *
     * @param url the URL
     * @return this body
     */
    public RequestBody withUrl(String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets the tags' language, {@code zh} or {@code en}.
     *
     * @param language the language
     * @return this body
     */
    public RequestBody withLanguage(String language) {
      this.language = language;
      return this;
    }

    /**
     * Sets the most tags to return.
     *
     * @param limit the limit
     * @return this body
     */
    public RequestBody withLimit(Integer limit) {
      this.limit = limit;
      return this;
    }
  }

  /** The successful answer: {@code {"result": {"tags": [...]}}}. */
  public static final class Response extends SdkResponse {
    @JsonProperty("result")
    private Map<String, List<Map<String, Object>>> result;

    /**
     * The tags, as the service sent them.
     *
     * @return the result object
     */
    public Map<String, List<Map<String, Object>>> getResult() {
      return result;
    }

    /**
     * Sets the result.
     *
     * @param result the result object
     */
    public void setResult(Map<String, List<Map<String, Object>>> result) {
      this.result = result;
    }
  }
}
