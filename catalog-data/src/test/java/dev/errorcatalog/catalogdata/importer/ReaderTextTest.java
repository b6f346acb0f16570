package dev.errorcatalog.catalogdata.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReaderTextTest {

  private static Map<String, PageRow> ocr;

  @BeforeAll
  static void importPage003() throws Exception {
    Page page = Pages.ALL.stream().filter(p -> p.catalog().equals("ocr")).findFirst().orElseThrow();
    String text = Files.readString(Path.of(CatalogImporter.PAGES_DIR, page.file()));
    ocr =
        page.parser().parse(text).rows().stream()
            .collect(Collectors.toMap(PageRow::code, Function.identity()));
  }

  @Test
  void apig0301ListsEachReasonAsOneDashItemWithoutBold() {
    assertEquals(
        """
        The IAM authentication information is incorrect.
        - decrypt token fail: The token fails to be parsed.
        - token expires: The token has expired.
        - x-auth-token not found: The x-auth-token parameter is not found.""",
        ocr.get("APIG.0301").description().get("en"));
    assertEquals(
        """
        - If the token fails to be parsed, check the method for obtaining the token, whether the \
        request body is correct, whether the token is correct, and whether the environment for \
        obtaining the token is the same as the environment for calling the token.
        - If the token expires, obtain a new token that is valid permanently.
        - Check whether the spelling of X-Auth-Token in the request header is correct.""",
        ocr.get("APIG.0301").solution().get("en"));
  }

  @Test
  void ais0101KeepsParagraphsAndItemsOnConsecutiveLines() {
    assertEquals(
        """
        Check whether the input parameters are correct. Possible causes are as follows:
        - Both image and url set, or the value format is incorrect.
        - true or false is incorrectly spelled.
        - Incorrect characters are included in the parameter value.
        For details about the parameter value format, see the request parameter description of \
        each API.""",
        ocr.get("AIS.0101").solution().get("en"));
  }

  @Test
  void apig0101ShowsAReferenceByItsTitleNotItsTarget() {
    assertEquals(
        """
        - Check whether the API URL is correct. For example, check whether the project ID is \
        included in the URL.
        - Check whether the region in the URI is the same as that configured for calling the \
        service by referring to Endpoint.
        - Check whether the HTTP request method (such as POST and GET) is correct.
        - For details about the URI, see the corresponding API page.""",
        ocr.get("APIG.0101").solution().get("en"));
  }

  @Test
  void inlineMarkupLeavesOnlyItsText() {
    assertEquals("x-auth-token", ReaderText.withoutMarkup("**x-auth-token**"));
    assertEquals("a x b", ReaderText.withoutMarkup("a `x` b"));
    assertEquals("a x b", ReaderText.withoutMarkup("a ``x`` b"));
    assertEquals("see Endpoint.", ReaderText.withoutMarkup("see :ref:`Endpoint <ocr_03_0062>`."));
    assertEquals("see ocr_03_0062", ReaderText.withoutMarkup("see :ref:`ocr_03_0062`"));
    assertEquals("read docs now", ReaderText.withoutMarkup("read `docs <https://x.y/>`_ now"));
    assertEquals("4xx or 5xx", ReaderText.withoutMarkup("4\\ *xx* or 5\\ *xx*"));
  }

  @Test
  void starsAndBackquotesThatAreNotMarkupStay() {
    assertEquals("2 * 3 * 4", ReaderText.withoutMarkup("2 * 3 * 4"));
    assertEquals("a*b*c", ReaderText.withoutMarkup("a*b*c"));
    assertEquals("*literal*", ReaderText.withoutMarkup("\\*literal*"));
    assertEquals("it's `open", ReaderText.withoutMarkup("it's `open"));
  }

  @Test
  void wrappedLinesJoinAndBlankLinesAndPaddingGo() {
    assertEquals(
        "A paragraph wrapped twice.\n- item one continued\n- * is plain\n- item two\n1. kept",
        ReaderText.ofCell(
            List.of(
                "   A paragraph   ",
                "   wrapped twice.",
                "",
                "   -  item one",
                "      continued  ",
                "   +  \\* is plain",
                "   *  item two",
                "",
                "",
                "   1. kept   ")));
  }
}
