package dev.errorcatalog.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.errorcatalog.ErrorResponse;
import dev.errorcatalog.sample.huaweicloud.ImageRecognitionErrors;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime API's ErrorResponse, which has no Jackson annotations, with a plain Jackson mapper.
 */
class ErrorResponseJacksonTest {

  /** The configuration ErrorResponse's Javadoc documents. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  @Test
  void bindsASnakeCaseBodyAndIgnoresFieldsItDoesNotModel() throws Exception {
    ErrorResponse body =
        MAPPER.readValue(
            "{\"error_code\": \"AIP.0001\", \"error_msg\":"
                + " \"token鉴权异常\", \"request_id\": \"0a1b\"}",
            ErrorResponse.class);

    assertEquals(new ErrorResponse("AIP.0001", "token鉴权异常"), body);
  }

  @Test
  void leavesAbsentFieldsNull() throws Exception {
    ErrorResponse body = MAPPER.readValue("{\"error_code\": \"AIP.0001\"}", ErrorResponse.class);

    assertEquals("AIP.0001", body.errorCode());
    assertNull(body.errorMsg());
  }

  @Test
  void writesTheBodyBackInSnakeCase() throws Exception {
    String json = MAPPER.writeValueAsString(new ErrorResponse("AIP.0001", "m"));

    assertEquals("{\"error_code\":\"AIP.0001\",\"error_msg\":\"m\"}", json);
    assertEquals(new ErrorResponse("AIP.0001", "m"), MAPPER.readValue(json, ErrorResponse.class));
  }

  @Test
  void bindsAListOfBodies() throws Exception {
    List<ErrorResponse> bodies =
        MAPPER.readValue(
            "[{\"error_code\": \"A.1\", \"error_msg\": \"x\"}, {\"error_code\": \"B.2\"}]",
            MAPPER.getTypeFactory().constructCollectionType(List.class, ErrorResponse.class));

    assertEquals(List.of(new ErrorResponse("A.1", "x"), new ErrorResponse("B.2", null)), bodies);
  }

  @Test
  void resolvesABoundBodyWithAGeneratedLookup() throws Exception {
    ErrorResponse body =
        MAPPER.readValue(
            "{\"error_code\": \"AIP.0001\", \"error_msg\": \"token is bad\"}", ErrorResponse.class);

    ErrorResponse.Resolved<ImageRecognitionErrors> resolved =
        body.resolve(ImageRecognitionErrors::lookup);

    assertSame(ImageRecognitionErrors.AIP_0001, resolved.entry().orElseThrow());
    assertEquals("token is bad", resolved.errorMsg());
  }

  @Test
  void needsTheSnakeCaseNamingWhichTheDefaultMapperLacks() {
    ObjectMapper plain = JsonMapper.builder().build();

    assertThrows(
        UnrecognizedPropertyException.class,
        () -> plain.readValue("{\"error_code\": \"AIP.0001\"}", ErrorResponse.class));
  }
}
