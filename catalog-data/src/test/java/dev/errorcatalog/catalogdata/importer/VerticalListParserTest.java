package dev.errorcatalog.catalogdata.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerticalListParserTest {

  private static final List<Column> COLUMNS =
      List.of(
          Column.of("Status Code", Field.STATUS),
          Column.of("Error Code", Field.CODE),
          Column.english("Error Message", Field.MESSAGE),
          Column.english("Description", Field.DESCRIPTION),
          Column.english("Solution", Field.SOLUTION));

  private static PageTable parse(String... lines) {
    return new VerticalListParser(COLUMNS).parse(String.join("\n\n", lines) + "\n");
  }

  private static final String[] HEADER = {
    "Intro.", "Status Code", "Error Code", "Error Message", "Description", "Solution"
  };

  private static String[] page(String... rows) {
    String[] all = new String[HEADER.length + rows.length];
    System.arraycopy(HEADER, 0, all, 0, HEADER.length);
    System.arraycopy(rows, 0, all, HEADER.length, rows.length);
    return all;
  }

  @Test
  void oneLinePerCellMakesOneRowPerStatusAndCode() {
    PageTable table =
        parse(page("400", "X.0001", "m", "d", "s", "401", "X.0002", "m2", "d2", "s2"));
    assertEquals(2, table.rows().size());
    assertEquals(
        new PageRow(
            "X.0002", 401, null, Map.of("en", "m2"), Map.of("en", "d2"), Map.of("en", "s2")),
        table.rows().get(1));
    assertNull(table.note());
  }

  @Test
  void numberedLinesStayInOneCellAndExtraParagraphsJoinTheLastColumn() {
    PageRow row =
        parse(page("400", "X.0001", "1. a", "2. b", "1. a", "2. b", "p", "q", "r")).rows().get(0);
    assertEquals("1. a\n2. b", row.message().get("en"));
    assertEquals("1. a\n2. b", row.description().get("en"));
    assertEquals("p\nq\nr", row.solution().get("en"));
  }

  @Test
  void aCodeRowWithTooFewCellsStopsTheImport() {
    assertThrows(PageFormatException.class, () -> parse(page("400", "X.0001", "m", "s")));
  }

  @Test
  void theCatchAllRowBecomesTheNote() {
    PageTable table = parse(page("400", "X.0001", "m", "d", "s", "400", "Others", "Ask support."));
    assertEquals(1, table.rows().size());
    assertEquals("Ask support.", table.note());
  }

  @Test
  void aRowAfterTheCatchAllStopsTheImport() {
    assertThrows(
        PageFormatException.class,
        () -> parse(page("400", "Other", "Ask.", "400", "X.0001", "m", "d", "s")));
  }

  @Test
  void aPageWithoutTheHeaderStopsTheImport() {
    assertThrows(PageFormatException.class, () -> parse("Status Code", "Error Code", "400"));
  }
}
