package dev.errorcatalog.spring.client;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an error body says about its error: a Huawei-style {@code {"error_code": ..., "error_msg":
 * ...}} body, or an RFC 9457 problem body with a {@code code} member (and, when it comes from Error
 * Catalog, {@code catalog}). Any other body, JSON or not, says nothing.
 *
 * @param code the error code, as received
 * @param message the body's message ({@code error_msg}, else a problem's {@code detail}, else its
 *     {@code title}), or empty
 * @param catalog the catalog id a problem body names, or empty
 */
record ReceivedError(String code, Optional<String> message, Optional<String> catalog) {

  private static final JsonMapper JSON = JsonMapper.shared();

  static Optional<ReceivedError> parse(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException notJson) {
      return Optional.empty();
    }
    if (root == null || !root.isObject()) {
      return Optional.empty();
    }
    Optional<String> huaweiCode = scalar(root, "error_code");
    if (huaweiCode.isPresent()) {
      return Optional.of(
          new ReceivedError(huaweiCode.get(), scalar(root, "error_msg"), Optional.empty()));
    }
    return scalar(root, "code")
        .map(
            code ->
                new ReceivedError(
                    code,
                    scalar(root, "detail").or(() -> scalar(root, "title")),
                    scalar(root, "catalog")));
  }

  // A code may be written as a number ("error_code": 404); objects, arrays and null are no code.
  private static Optional<String> scalar(JsonNode object, String field) {
    JsonNode node = object.get(field);
    if (node == null || !(node.isString() || node.isIntegralNumber())) {
      return Optional.empty();
    }
    return Optional.of(node.asString());
  }
}
