package dev.errorcatalog.catalogdata.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class GridTableParserTest {

  private static final List<Column> COLUMNS =
      List.of(
          Column.of("Category", Field.CATEGORY), Column.of("Error Code", Field.CODE),
          Column.english("Message", Field.MESSAGE), Column.english("Solution", Field.SOLUTION));

  private static final String PAGE =
      """
      Title
      =====

      +----------+------------+---------+----------+
      | Category | Error Code | Message | Solution |
      +----------+------------+---------+----------+
      | A        | X.0001     | One.    | Fix.     |
      +----------+------------+---------+----------+
      """;

  private static final String TABLE =
      """
      +----------+----------+---------+-------------------+
      | Category | Error    | Error   | Solution          |
      |          | Code     | Message |                   |
      +==========+==========+=========+===================+
      | A        | X.0001   | One.    | Check:            |
      |          |          |         |                   |
      |          |          |         | -  **a** first    |
      |          |          |         | -  b second       |
      +----------+----------+---------+-------------------+
      |          | X.0002   | Two.    | Fix it.           |
      +----------+----------+---------+-------------------+
      | Other    | Ask us.  |         |                   |
      +----------+----------+---------+-------------------+
      """;

  private static final List<Column> WRAPPED_HEADER =
      List.of(
          Column.of("Category", Field.CATEGORY), Column.of("Error Code", Field.CODE),
          Column.english("Error Message", Field.MESSAGE),
              Column.english("Solution", Field.SOLUTION));

  @Test
  void cellsHoldTheTextTheReaderSeesOneLinePerParagraphAndItem() {
    PageTable table = new GridTableParser(WRAPPED_HEADER).parse("Intro.\n\n" + TABLE);
    assertEquals("Check:\n- a first\n- b second", table.rows().get(0).solution().get("en"));
    assertEquals("One.", table.rows().get(0).message().get("en"));
  }

  @Test
  void anEmptyCategoryContinuesTheOneAbove() {
    PageTable table = new GridTableParser(WRAPPED_HEADER).parse(TABLE);
    assertEquals("A", table.rows().get(1).category());
    assertEquals("Ask us.", table.note());
    assertEquals(2, table.rows().size());
  }

  @Test
  void aHeaderWithOtherLabelsStopsTheImport() {
    assertThrows(PageFormatException.class, () -> new GridTableParser(COLUMNS).parse(TABLE));
  }

  @Test
  void aMisalignedRowStopsTheImport() {
    String broken = TABLE.replace("| X.0002   | Two.    |", "| X.0002 | Two.      |");
    assertThrows(
        PageFormatException.class, () -> new GridTableParser(WRAPPED_HEADER).parse(broken));
  }

  @Test
  void aHeaderWithoutItsDoubleBorderStopsTheImport() {
    List<Column> columns =
        List.of(
            Column.of("Category", Field.CATEGORY), Column.of("Error Code", Field.CODE),
            Column.english("Message", Field.MESSAGE), Column.english("Solution", Field.SOLUTION));
    PageFormatException e =
        assertThrows(PageFormatException.class, () -> new GridTableParser(columns).parse(PAGE));
    assertEquals("line 5: the header row must end in +===+", e.getMessage());
  }
}
