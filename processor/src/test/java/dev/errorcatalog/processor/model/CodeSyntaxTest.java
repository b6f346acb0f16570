package dev.errorcatalog.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeSyntaxTest {

  private Locale savedDefault;

  @BeforeEach
  void saveLocale() {
    savedDefault = Locale.getDefault();
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(savedDefault);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AIS.0014",
        "ModelArts.4101",
        "404",
        "InvalidParameter.Missing",
        "a:b/c-d_e",
        "A",
        "x1.y2.z3"
      })
  void acceptsDocumentedCodeShapes(String code) {
    assertTrue(CodeSyntax.isValid(code), code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " AIS",
        "AIS ",
        "AIS..1",
        "AIS.",
        ".AIS",
        "A B",
        "AIS.00\u00e914",
        "\u9519\u8bef",
        "AIS.0014\n",
        "A__B",
        "A.-B",
        "A\tB",
        "A\u00a0B",
        "\uff21IS"
      })
  void rejectsMalformedCodes(String code) {
    assertFalse(CodeSyntax.isValid(code), "accepted \"" + code + "\"");
  }

  @Test
  void acceptsExactlyMaxLengthAndRejectsOneMore() {
    assertEquals(128, CodeSyntax.MAX_LENGTH);
    assertTrue(CodeSyntax.isValid("A".repeat(CodeSyntax.MAX_LENGTH)));
    assertFalse(CodeSyntax.isValid("A".repeat(CodeSyntax.MAX_LENGTH + 1)));
    assertFalse(CodeSyntax.isValid("A.".repeat(100) + "B"));
  }

  @ParameterizedTest
  @CsvSource({
    "AIS.0014, AIS_0014",
    "ModelArts.4101, MODELARTS_4101",
    "404, _404",
    "InvalidParameter.Missing, INVALIDPARAMETER_MISSING",
    "a:b/c-d_e, A_B_C_D_E",
    "0a, _0A",
    "invalid.id, INVALID_ID"
  })
  void derivesUpperSnakeCaseConstantNames(String code, String constant) {
    assertEquals(constant, CodeSyntax.constantName(code));
  }

  @Test
  void constantNamesDoNotDependOnTurkishDefaultLocale() {
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    // Sanity: the JDK really does map 'i' to dotted capital I in Turkish.
    assertEquals("\u0130", "i".toUpperCase(Locale.getDefault()));
    assertEquals("INVALID_ID", CodeSyntax.constantName("invalid.id"));
    assertEquals("IDENTITY_INFO_LIMIT", CodeSyntax.constantName("identity.info-limit"));
    assertEquals("_1I", CodeSyntax.constantName("1i"));
  }

  @Test
  void constantNamesAreJavaIdentifiers() {
    for (String code : new String[] {"AIS.0014", "404", "a:b/c-d_e", "9.9", "Z"}) {
      String name = CodeSyntax.constantName(code);
      assertTrue(Character.isJavaIdentifierStart(name.charAt(0)), name);
      assertTrue(name.chars().allMatch(Character::isJavaIdentifierPart), name);
    }
  }
}
