package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ErrorResponseTest {

  /** A hand-written catalog of one code, standing in for a generated one. */
  private enum TinyErrors implements ErrorCode {
    AIS_0014("AIS.0014", "The JSON format of the input data is incorrect.");

    private final String code;
    private final String message;

    TinyErrors(String code, String message) {
      this.code = code;
      this.message = message;
    }

    static Optional<TinyErrors> lookup(String code) {
      return AIS_0014.code.equals(code) ? Optional.of(AIS_0014) : Optional.empty();
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String catalog() {
      return "tiny";
    }

    @Override
    public OptionalInt httpStatus() {
      return OptionalInt.of(400);
    }

    @Override
    public Optional<String> category() {
      return Optional.empty();
    }

    @Override
    public String message() {
      return message;
    }

    @Override
    public String message(Locale locale) {
      return message;
    }

    @Override
    public Optional<String> description(Locale locale) {
      return Optional.empty();
    }

    @Override
    public Optional<String> solution(Locale locale) {
      return Optional.empty();
    }
  }

  @Test
  void resolvesADocumentedCodeToItsEntryAndKeepsTheReceivedMessage() {
    ErrorResponse body = new ErrorResponse("AIS.0014", "bad json at byte 3");

    ErrorResponse.Resolved<TinyErrors> resolved = body.resolve(TinyErrors::lookup);

    assertSame(TinyErrors.AIS_0014, resolved.entry().orElseThrow());
    assertTrue(resolved.isResolved());
    assertEquals("AIS.0014", resolved.errorCode());
    assertEquals("bad json at byte 3", resolved.errorMsg());
    assertSame(body, resolved.response());
  }

  @Test
  void keepsAnUndocumentedCodeIntactWithoutAnEntry() {
    ErrorResponse body = new ErrorResponse("AIS.9999", "something new");

    ErrorResponse.Resolved<TinyErrors> resolved = body.resolve(TinyErrors::lookup);

    assertFalse(resolved.isResolved());
    assertEquals(Optional.empty(), resolved.entry());
    assertEquals("AIS.9999", resolved.errorCode());
    assertEquals("something new", resolved.errorMsg());
  }

  @Test
  void doesNotCallTheLookupForABodyWithoutACode() {
    List<String> asked = new ArrayList<>();
    ErrorResponse body = new ErrorResponse(null, "no code here");

    ErrorResponse.Resolved<TinyErrors> resolved =
        body.resolve(
            code -> {
              asked.add(code);
              return TinyErrors.lookup(code);
            });

    assertFalse(resolved.isResolved());
    assertNull(resolved.errorCode());
    assertEquals("no code here", resolved.errorMsg());
    assertEquals(List.of(), asked);
  }

  @Test
  void rejectsMissingParts() {
    ErrorResponse body = new ErrorResponse("AIS.0014", null);

    assertThrows(NullPointerException.class, () -> body.resolve(null));
    assertThrows(
        NullPointerException.class, () -> new ErrorResponse.Resolved<TinyErrors>(body, null));
    assertThrows(
        NullPointerException.class, () -> new ErrorResponse.Resolved<>(null, Optional.empty()));
  }

  @Test
  void isAValueComparedByItsFields() {
    assertEquals(new ErrorResponse("AIS.0014", "m"), new ErrorResponse("AIS.0014", "m"));
    assertEquals(
        "ErrorResponse[errorCode=AIS.0014, errorMsg=m]",
        new ErrorResponse("AIS.0014", "m").toString());
  }
}
