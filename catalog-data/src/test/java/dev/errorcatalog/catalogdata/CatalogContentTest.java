package dev.errorcatalog.catalogdata;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.catalogdata.CommittedTables.Entry;
import dev.errorcatalog.catalogdata.CommittedTables.Table;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the committed tables hold, read with Jackson: counts, keys, notes and tricky rows. */
class CatalogContentTest {

  private static final Pattern CODE = Pattern.compile("[A-Za-z]+\\.[0-9]{4}");
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  @Test
  void eachPageIsItsOwnCatalogInTheChosenFormat() {
    Map<String, String> files = new LinkedHashMap<>();
    CommittedTables.all().forEach((catalog, table) -> files.put(catalog, table.file()));
    assertEquals(
        Map.of(
            "vas", "vas.csv",
            "ais-image", "ais-image.json",
            "image-search", "image-search.json",
            "ocr", "ocr.json",
            "image-recognition-zh", "image-recognition-zh.csv"),
        files);
  }

  @ParameterizedTest(name = "{0} has {1} codes")
  @CsvSource({
    "vas, 60",
    "ais-image, 31",
    "image-search, 141",
    "ocr, 37",
    "image-recognition-zh, 77"
  })
  void eachPageKeepsAllItsCodeRows(String catalog, int count) {
    assertEquals(count, CommittedTables.get(catalog).codes().size());
  }

  @Test
  void allPagesTogetherHold346Codes() {
    assertEquals(
        346, CommittedTables.all().values().stream().mapToInt(t -> t.codes().size()).sum());
  }

  @Test
  void noCodeAppearsTwiceInACatalog() {
    for (Table table : CommittedTables.all().values()) {
      Set<String> seen = new HashSet<>();
      for (Entry entry : table.codes()) {
        assertTrue(seen.add(entry.code()), table.file() + ": " + entry.code() + " twice");
      }
    }
  }

  @Test
  void everyEntryHasACodeAndAMessage() {
    for (Table table : CommittedTables.all().values()) {
      for (Entry entry : table.codes()) {
        assertTrue(CODE.matcher(entry.code()).matches(), table.file() + ": " + entry.code());
        assertFalse(entry.message().isEmpty(), table.file() + ": " + entry.code() + " no message");
      }
    }
  }

  @Test
  void everyStatusIsAValidHttpStatus() {
    for (Table table : CommittedTables.all().values()) {
      for (Entry entry : table.codes()) {
        if (entry.status() != null) {
          assertTrue(
              entry.status() >= 100 && entry.status() <= 599,
              table.file() + ": " + entry.code() + " status " + entry.status());
        }
      }
    }
  }

  @Test
  void theOcrPageHasNoStatusAtAll() {
    for (Entry entry : CommittedTables.get("ocr").codes()) {
      assertNull(entry.status(), entry.code());
    }
  }

  @Test
  void everyEntryOfThePagesWithAStatusColumnHasAStatus() {
    for (String catalog : List.of("vas", "ais-image", "image-search", "image-recognition-zh")) {
      for (Entry entry : CommittedTables.get(catalog).codes()) {
        assertNotNull(entry.status(), catalog + ": " + entry.code());
      }
    }
  }

  @Test
  void statusesOtherThan400AreKept() {
    Table vas = CommittedTables.get("vas");
    Table zh = CommittedTables.get("image-recognition-zh");
    assertAll(
        () -> assertEquals(401, vas.entry("VAS.0013").status()),
        () -> assertEquals(500, vas.entry("VAS.0015").status()),
        () -> assertEquals(403, vas.entry("VAS.2006").status()),
        () -> assertEquals(404, vas.entry("VAS.2026").status()),
        () -> assertEquals(403, zh.entry("AIP.0001").status()),
        () -> assertEquals(500, zh.entry("AIP.0500").status()),
        () -> assertEquals(401, zh.entry("AIP.0003").status()),
        () -> assertEquals(405, zh.entry("AIP.0008").status()));
  }

  @Test
  void everyChineseEditionEntryHasChineseDescriptionAndSolutionNextToAnEnglishMessage() {
    for (Entry entry : CommittedTables.get("image-recognition-zh").codes()) {
      assertEquals(Set.of("en"), entry.message().keySet(), entry.code());
      assertEquals(Set.of("zh-CN"), entry.description().keySet(), entry.code());
      assertEquals(Set.of("zh-CN"), entry.solution().keySet(), entry.code());
      assertTrue(CJK.matcher(entry.description().get("zh-CN")).find(), entry.code());
      assertTrue(CJK.matcher(entry.solution().get("zh-CN")).find(), entry.code());
    }
  }

  @Test
  void theEnglishPagesAreEnglishOnly() {
    for (String catalog : List.of("vas", "ais-image", "image-search", "ocr")) {
      for (Entry entry : CommittedTables.get(catalog).codes()) {
        for (Map<String, String> text :
            List.of(entry.message(), entry.description(), entry.solution())) {
          assertTrue(Set.of("en").containsAll(text.keySet()), catalog + ": " + entry.code());
        }
      }
    }
  }

  @Test
  void catchAllRowsAreNotesNotEntries() {
    assertAll(
        () ->
            assertNull(CommittedTables.get("vas").note(), "page 000 ends without a catch-all row"),
        () ->
            assertEquals(
                "If other error codes are displayed, contact technical support.",
                CommittedTables.get("ais-image").note()),
        () ->
            assertEquals(
                "If other error codes are displayed, submit a service ticket.",
                CommittedTables.get("image-search").note()),
        () ->
            assertEquals(
                "If other error codes cannot be rectified, contact technical support.",
                CommittedTables.get("ocr").note()),
        () ->
            assertEquals(
                "如若出现其他无法解决的错误码,请通过工单进行处理。", CommittedTables.get("image-recognition-zh").note()));
    for (Table table : CommittedTables.all().values()) {
      for (Entry entry : table.codes()) {
        assertFalse(Set.of("Other", "Others", "其他").contains(entry.code()), table.file());
        if (table.note() != null) {
          assertFalse(
              entry.message().containsValue(table.note()), table.file() + ": " + entry.code());
        }
      }
    }
  }

  @Test
  void everyTableNamesItsServiceAndThePageAsItsReaderKnowsIt() {
    for (Table table : CommittedTables.all().values()) {
      assertNotNull(table.title(), table.file());
      assertNotNull(table.source(), table.file());
      assertTrue(table.source().startsWith(table.title() + ", "), table.file());
      // The copied page texts are this repository's business; the README maps them.
      assertFalse(table.source().contains(".txt"), table.file() + ": " + table.source());
    }
    assertEquals(
        "Optical Character Recognition (OCR), Huawei Cloud page \"Error Codes\""
            + " (ocr_03_0028.html)",
        CommittedTables.get("ocr").source());
    assertEquals(
        "Image Search (IS), Huawei Cloud page \"Error Codes\", updated on 2022-02-24 GMT+08:00",
        CommittedTables.get("image-search").source());
  }

  @Test
  void textsAreWhatTheReaderSeesOneLinePerParagraphOrItem() {
    Pattern markup = Pattern.compile("\\*\\*|``|:ref:|^-  |^[*+] ", Pattern.MULTILINE);
    for (Table table : CommittedTables.all().values()) {
      for (Entry entry : table.codes()) {
        for (Map<String, String> texts :
            List.of(entry.message(), entry.description(), entry.solution())) {
          for (String text : texts.values()) {
            String where = table.file() + ": " + entry.code() + ": " + text;
            assertEquals(text.strip(), text, where);
            assertFalse(
                text.contains("\r") || text.contains("\n\n") || text.contains(" \n"), where);
            assertFalse(markup.matcher(text).find(), where);
          }
        }
      }
    }
  }

  @Test
  void onTheVerticalListPagesEveryCellLandsInItsColumn() {
    // Pages 001 and 002 print each message again as the description; a cell that slipped into
    // the wrong column during the import would break that.
    for (String catalog : List.of("ais-image", "image-search")) {
      for (Entry entry : CommittedTables.get(catalog).codes()) {
        assertEquals(entry.message(), entry.description(), catalog + ": " + entry.code());
        assertFalse(entry.solution().isEmpty(), catalog + ": " + entry.code());
      }
    }
  }

  @Test
  void theSameCodeKeepsEachPagesOwnText() {
    assertAll(
        () ->
            assertEquals(
                "The token is empty.",
                CommittedTables.get("ais-image").entry("ModelArts.4101").message().get("en")),
        () ->
            assertEquals(
                "Token header cannot be empty.",
                CommittedTables.get("ocr").entry("ModelArts.4101").message().get("en")),
        () ->
            assertEquals(
                "Contact technical support.",
                CommittedTables.get("ais-image").entry("ModelArts.4107").solution().get("en")),
        () ->
            assertEquals(
                "Contact HUAWEI CLOUD technical support and submit a service ticket.",
                CommittedTables.get("image-search").entry("ModelArts.4107").solution().get("en")),
        () ->
            assertEquals(
                "请联系华为云支持人员,通过工单进行处理。",
                CommittedTables.get("image-recognition-zh")
                    .entry("ModelArts.4107")
                    .solution()
                    .get("zh-CN")));
  }

  // --- tricky rows -------------------------------------------------------------------------

  private static final String IAM_1 =
      "1. Incorrect IAM authentication information: Failed to"
          + " decrypt the token. Check whether the entered token is complete.";
  private static final String IAM_2 =
      "2. The validity period of a token is 24 hours. If the"
          + " token expires, obtain a new token and pass it.";
  private static final String IAM_3 =
      "3. The AK/SK authentication fails. Check whether the AK/SK"
          + " is correct and whether the account is restricted due to arrears.";
  private static final String DECRYPT =
      "decrypt token fail: The token request authentication"
          + " information of x-auth-token in the HTTP request header is incorrect. Check the sent"
          + " request and token.";
  private static final String EXPIRES =
      "token expires: The token expires. Obtain a new token and pass it.";

  @Test
  void apig0301KeepsItsNumberedListAndParagraphsOnTheAisImagePage() {
    Entry entry = CommittedTables.get("ais-image").entry("APIG.0301");
    assertEquals(400, entry.status());
    assertEquals(IAM_1 + "\n" + IAM_2, entry.message().get("en"));
    assertEquals(IAM_1 + "\n" + IAM_2, entry.description().get("en"));
    assertEquals(
        DECRYPT
            + "\n"
            + EXPIRES
            + "\nverify aksk signature fail: Check whether the AK and SK are correct.",
        entry.solution().get("en"));
  }

  @Test
  void apig0301KeepsItsNumberedListAndParagraphsOnTheImageSearchPage() {
    Entry entry = CommittedTables.get("image-search").entry("APIG.0301");
    assertEquals(IAM_1 + "\n" + IAM_2 + "\n" + IAM_3, entry.message().get("en"));
    assertEquals(IAM_1 + "\n" + IAM_2 + "\n" + IAM_3, entry.description().get("en"));
    assertEquals(
        DECRYPT
            + "\n"
            + EXPIRES
            + "\nverify aksk signature fail: Check whether the AK"
            + " and SK are correct and whether the account is in arrears.",
        entry.solution().get("en"));
  }

  @Test
  void apig0301ShowsItsBulletListsOnTheOcrPageAsTheReaderSeesThem() {
    Entry entry = CommittedTables.get("ocr").entry("APIG.0301");
    assertEquals("APIG", entry.category());
    assertEquals("Incorrect IAM authentication information.", entry.message().get("en"));
    assertEquals(
        """
        The IAM authentication information is incorrect.
        - decrypt token fail: The token fails to be parsed.
        - token expires: The token has expired.
        - x-auth-token not found: The x-auth-token parameter is not found.""",
        entry.description().get("en"));
    assertEquals(
        """
        - If the token fails to be parsed, check the method for obtaining the token, whether \
        the request body is correct, whether the token is correct, and whether the environment \
        for obtaining the token is the same as the environment for calling the token.
        - If the token expires, obtain a new token that is valid permanently.
        - Check whether the spelling of X-Auth-Token in the request header is correct.""",
        entry.solution().get("en"));
  }

  @Test
  void apig0301StaysOnOneLineOnTheChinesePage() {
    Entry entry = CommittedTables.get("image-recognition-zh").entry("APIG.0301");
    assertEquals(IAM_1 + " " + IAM_2 + " " + IAM_3, entry.message().get("en"));
    assertEquals(
        "1.IAM身份验证信息不正确:解密令牌失败,检查输入的token是否完整。"
            + " 2.token有效期为24小时,token超时,重新传入获取token值。"
            + " 3.因为AK/SK认证失败,请检查AK/SK是否正确,账号是否因欠费等原因权限被限制。",
        entry.description().get("zh-CN"));
    assertEquals(
        "decrypt token fail:发送的HTTP请求header中x-auth-token的token请求认证信息错误,"
            + "请检查发送的请求和token。 token expires:token超时,请重新获取新token传入。"
            + " verify aksk signature fail:请检查AK、SK是否正确,账号是否欠费。",
        entry.solution().get("zh-CN"));
  }

  @Test
  void ais0101ShowsItsParagraphsAndBulletListOnTheOcrPageOneLineEach() {
    Entry entry = CommittedTables.get("ocr").entry("AIS.0101");
    assertEquals(
        """
        Check whether the input parameters are correct. Possible causes are as follows:
        - Both image and url set, or the value format is incorrect.
        - true or false is incorrectly spelled.
        - Incorrect characters are included in the parameter value.
        For details about the parameter value format, see the request parameter description of \
        each API.""",
        entry.solution().get("en"));
  }

  @Test
  void aipMessagesKeepTheirPlaceholdersAndSpacingAsPrinted() {
    Table zh = CommittedTables.get("image-recognition-zh");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("AIP.0005", "Lack Header or Header %s is empty.");
    expected.put("AIP.0006", "Lack the request parameter, or the request parameter %s is empty.");
    expected.put("AIP.0007", "The request parameter %s is incorrect.");
    expected.put("AIP.0008", "The request method %s is not allowed, allow is %s.");
    expected.put("AIP.0010", "The param:%s, val:%s , exceeds the range:[%s,%s].");
    expected.put("AIP.0011", "Service of %s has been subscribed.");
    expected.put("AIP.0013", "Lack the parameter %s, or the parameter is incorrect.");
    expected.put("AIP.0014", "%s already exists.");
    expected.put("AIP.0015", "Service of %s hasn't been subscribed.");
    expected.put("AIP.0016", "The request parameter is wrong, %s");
    expected.put("AIP.0017", "The task id %s not exist.");
    expected.put(
        "AIP.0019", "Multi input is not supported in current service: [%s], version: [%s].");
    expected.forEach(
        (code, message) -> assertEquals(message, zh.entry(code).message().get("en"), code));
  }

  @Test
  void theCategoryIsCarriedDownTheOcrRows() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Entry entry : CommittedTables.get("ocr").codes()) {
      String prefix = entry.code().substring(0, entry.code().indexOf('.'));
      String expected =
          switch (prefix) {
            case "AIS" -> "OCR";
            case "ModelArts" -> "Platform";
            case "APIG" -> "APIG";
            default -> throw new AssertionError(entry.code());
          };
      assertEquals(expected, entry.category(), entry.code());
      counts.merge(expected, 1, Integer::sum);
    }
    assertEquals(Map.of("OCR", 5, "Platform", 28, "APIG", 4), counts);
  }

  @Test
  void vasMessagesAreExactlyAsPrinted() {
    Table vas = CommittedTables.get("vas");
    assertAll(
        () -> assertEquals("Task is not under service.", vas.entry("VAS.2038").message().get("en")),
        () ->
            assertEquals(
                "The obs path in output should be a folder and be ended with \"/\".",
                vas.entry("VAS.2034").message().get("en")),
        () ->
            assertEquals(
                "Parameter [state] should be one of states in list",
                vas.entry("VAS.2031").message().get("en")));
  }
}
