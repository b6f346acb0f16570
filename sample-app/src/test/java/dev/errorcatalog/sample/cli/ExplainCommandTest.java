package dev.errorcatalog.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplainCommandTest {

  @Test
  void explainsACodeInChineseWithThePagesText() {
    Cli.Run run = Cli.run("explain", "APIG.0301", "--locale", "zh-CN");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    // Page 004's Chinese description and solution, exactly as published.
    assertTrue(
        run.out()
            .contains(
                "  description: 1.IAM身份验证信息不正确:解密令牌失败,检查输入的token是否完整。"
                    + " 2.token有效期为24小时,token超时,重新传入获取token值。"),
        run.out());
    assertTrue(run.out().contains("token expires:token超时,请重新获取新token传入。"), run.out());
  }

  @Test
  void fallsBackToEnglishWhereThePageHasNoTranslation() {
    Cli.Run run = Cli.run("explain", "APIG.0301", "--catalog", "ais-image", "--locale", "zh-CN");

    assertEquals(0, run.exitCode());
    assertEquals(
        List.of(
            "APIG.0301 (catalog ais-image)",
            "  status:      400",
            "  message:     1. Incorrect IAM authentication information: Failed to decrypt the token."
                + " Check whether the entered token is complete.",
            "               2. The validity period of a token is 24 hours. If the token expires,"
                + " obtain a new token and pass it.",
            "  description: 1. Incorrect IAM authentication information: Failed to decrypt the token."
                + " Check whether the entered token is complete.",
            "               2. The validity period of a token is 24 hours. If the token expires,"
                + " obtain a new token and pass it.",
            "  solution:    decrypt token fail: The token request authentication information of"
                + " x-auth-token in the HTTP request header is incorrect. Check the sent request and"
                + " token.",
            "               token expires: The token expires. Obtain a new token and pass it.",
            "               verify aksk signature fail: Check whether the AK and SK are correct."),
        run.outLines());
  }

  @Test
  void explainsACodeFoundInSeveralCatalogsOncePerCatalog() {
    Cli.Run run = Cli.run("explain", "APIG.0301");

    assertEquals(0, run.exitCode());
    assertEquals(
        "APIG.0301 is documented in 4 catalogs: ais-image, image-recognition-zh,"
            + " image-search, ocr",
        run.outLines().get(0));
    for (String catalog : List.of("ais-image", "image-search", "ocr", "image-recognition-zh")) {
      String heading = "APIG.0301 (catalog " + catalog + ")";
      assertEquals(1, run.outLines().stream().filter(heading::equals).count(), heading);
    }
    assertEquals(4, run.outLines().stream().filter(line -> line.startsWith("  status:")).count());
  }

  @Test
  void showsEnglishTextsInEnglishAndMarksTextsThePageGivesOnlyInChinese() {
    Cli.Run run = Cli.run("explain", "AIS.0014", "--catalog", "image-recognition-zh");

    assertEquals(0, run.exitCode());
    assertEquals(
        List.of(
            "AIS.0014 (catalog image-recognition-zh)",
            "  status:      400",
            "  message:     The JSON format of the input data is incorrect.",
            "  description: (zh-CN only) 输入数据JSON格式错误。",
            "  solution:    (zh-CN only) 请检查输入数据的JSON格式。"),
        run.outLines());
  }

  @Test
  void saysNotDocumentedForAStatusTheTableDoesNotGiveAndShowsTheCategoryAndPlainTexts() {
    Cli.Run run = Cli.run("explain", "APIG.0301", "--catalog", "ocr");

    assertEquals(0, run.exitCode());
    assertEquals("  status:      not documented", run.outLines().get(1));
    assertEquals("  category:    APIG", run.outLines().get(2));
    // The text as page 003's reader sees it: no markup, each list item on its own line.
    assertEquals(
        List.of(
            "  description: The IAM authentication information is incorrect.",
            "               - decrypt token fail: The token fails to be parsed.",
            "               - token expires: The token has expired.",
            "               - x-auth-token not found: The x-auth-token parameter is not found."),
        run.outLines().subList(4, 8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-CN"})
  void saysSoAndExits1ForAnUnknownCode(String locale) {
    Cli.Run run = Cli.run("explain", "AIS.9999", "--locale", locale);

    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertEquals(List.of("AIS.9999: not documented in any catalog"), run.errLines());
  }

  @Test
  void namesTheCatalogsThatDocumentACodeMissingFromTheChosenOne() {
    Cli.Run run = Cli.run("explain", "AIS.0014", "--catalog", "vas");

    assertEquals(1, run.exitCode());
    assertEquals(
        List.of(
            "AIS.0014: not documented in catalog vas",
            "It is documented in: ais-image, image-recognition-zh"),
        run.errLines());
  }

  @Test
  void suggestsTheDocumentedSpellingOfACodeGivenInAnotherCase() {
    Cli.Run run = Cli.run("explain", "apig.0301");

    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("did you mean APIG.0301?"), run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh_CN", "", "en-", "x"})
  void rejectsAnIllFormedLocaleTagWithOneMessageAndExit2(String tag) {
    Cli.Run run = Cli.run("explain", "APIG.0301", "--locale", tag);

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(
        run.errLines()
            .get(0)
            .startsWith(
                "errorcatalog-sample explain: Invalid value for"
                    + " option '--locale': '"
                    + tag
                    + "' is not a well-formed BCP 47 language tag"),
        run.err());
    assertFalse(Cli.hasStackTrace(run.err()), run.err());
  }

  @Test
  void rejectsAnUnknownCatalogNamingTheKnownOnes() {
    Cli.Run run = Cli.run("explain", "APIG.0301", "--catalog", "iam", "--locale", "zh-CN");

    assertEquals(2, run.exitCode());
    assertTrue(
        run.errLines()
            .get(0)
            .endsWith(
                "no catalog 'iam'; the catalogs are ais-image,"
                    + " image-recognition-zh, image-search, ocr, vas"),
        run.err());
  }

  @Test
  void rejectsAMissingCodeAndTheOldSyntax() {
    Cli.Run missing = Cli.run("explain");
    Cli.Run old = Cli.run("APIG.0301", "zh-CN");
    Cli.Run nothing = Cli.run();

    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("Missing required parameter: 'CODE'"), missing.err());
    assertEquals(2, old.exitCode());
    assertTrue(old.errLines().get(0).contains("unknown command 'APIG.0301'"), old.err());
    assertEquals(2, nothing.exitCode());
    assertTrue(nothing.err().contains("missing command"), nothing.err());
  }

  @Test
  void writesUtf8WhateverThePlatformsDefaultCharset() {
    Cli.Run run =
        Cli.run("explain", "AIS.0014", "--catalog", "image-recognition-zh", "--locale", "zh-CN");

    byte[] expected = "请检查输入数据的JSON格式。".getBytes(StandardCharsets.UTF_8);
    assertTrue(indexOf(run.outBytes(), expected) >= 0, run.out());
  }

  @Test
  void printsHelpWithExit0() {
    Cli.Run run = Cli.run("explain", "--help");

    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("Usage: errorcatalog-sample explain"), run.out());
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
