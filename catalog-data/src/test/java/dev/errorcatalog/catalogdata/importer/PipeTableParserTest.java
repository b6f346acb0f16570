package dev.errorcatalog.catalogdata.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipeTableParserTest {

  private static final List<Column> COLUMNS =
      List.of(
          Column.of("状态码", Field.STATUS), Column.of("错误码", Field.CODE),
          Column.english("描述信息", Field.MESSAGE), Column.text("说明", Field.DESCRIPTION, "zh-CN"));

  private static final String PAGE =
      """
      错误码
      状态码 | 错误码 | 描述信息 | 说明 |
      |---|---|---|---|
      405 | AIP.0008 | The param:%s, val:%s , exceeds. | 参数。 |
      400 | 其他 | 请提交工单。 | |
      """;

  @Test
  void cellsAreTrimmedAndOtherwiseKeptAsPrinted() {
    PageTable table = new PipeTableParser(COLUMNS).parse(PAGE);
    assertEquals(
        List.of(
            new PageRow(
                "AIP.0008",
                405,
                null,
                Map.of("en", "The param:%s, val:%s , exceeds."),
                Map.of("zh-CN", "参数。"),
                Map.of())),
        table.rows());
    assertEquals("请提交工单。", table.note());
  }

  @Test
  void emptyTrailingCellsAreCells() {
    assertEquals(List.of("400", "其他", "x", "", ""), PipeTableParser.cells("400 | 其他 | x | ||"));
  }

  @Test
  void aRowWithTheWrongNumberOfCellsStopsTheImport() {
    assertThrows(
        PageFormatException.class,
        () -> new PipeTableParser(COLUMNS).parse(PAGE.replace("| 参数。 |", "| 参数 | 。 |")));
  }
}
