package dev.errorcatalog.sample.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.errorcatalog.ErrorResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads an error response body into the runtime API's {@link ErrorResponse} with Jackson, and turns
 * every way the input can be wrong into a one-line message.
 */
final class ErrorResponseReader {

  /** Snake-case names bind the record's components to error_code and error_msg. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** The input is not an error response body; the message is one line. */
  static final class InvalidBodyException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidBodyException(String message) {
      super(message);
    }
  }

  private ErrorResponseReader() {}

  /**
   * Reads a body.
   *
   * @param json the body's bytes; Jackson detects UTF-8, UTF-16 or UTF-32
   * @return the code and message as sent
   * @throws InvalidBodyException when the bytes are not JSON, or not an object with an error_code
   */
  static ErrorResponse read(byte[] json) throws InvalidBodyException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidBodyException(
          "malformed JSON"
              + at(e.getLocation())
              + ": "
              + CatalogCli.oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InvalidBodyException("cannot read JSON: " + CatalogCli.oneLine(e.getMessage()));
    }
    if (tree == null || tree.isMissingNode()) {
      throw new InvalidBodyException(
          "empty input; expected an error response body such as "
              + "{\"error_code\": \"AIS.0014\", \"error_msg\": \"...\"}");
    }
    if (!tree.isObject()) {
      throw new InvalidBodyException(
          "expected a JSON object such as {\"error_code\": \"AIS.0014\","
              + " \"error_msg\": \"...\"}, found "
              + tree.getNodeType().name().toLowerCase(Locale.ROOT)
              + " "
              + abbreviate(tree.toString()));
    }
    JsonNode code = tree.get("error_code");
    if (code == null || code.isNull()) {
      throw new InvalidBodyException(
          "the body has no error_code field: " + abbreviate(tree.toString()));
    }
    if (!code.isValueNode() || !nullOrValue(tree.get("error_msg"))) {
      throw new InvalidBodyException(
          "error_code and error_msg must be strings, not objects or "
              + "arrays: "
              + abbreviate(tree.toString()));
    }
    try {
      return MAPPER.treeToValue(tree, ErrorResponse.class);
    } catch (JsonProcessingException e) {
      throw new InvalidBodyException(
          "not an error response body: " + CatalogCli.oneLine(e.getOriginalMessage()));
    }
  }

  private static boolean nullOrValue(JsonNode node) {
    return node == null || node.isValueNode();
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String abbreviate(String json) {
    return json.length() <= 80 ? json : json.substring(0, 77) + "...";
  }
}
