package dev.errorcatalog.catalogdata.importer;

import static dev.errorcatalog.catalogdata.importer.Column.english;
import static dev.errorcatalog.catalogdata.importer.Column.text;
import static dev.errorcatalog.catalogdata.importer.Field.CATEGORY;
import static dev.errorcatalog.catalogdata.importer.Field.CODE;
import static dev.errorcatalog.catalogdata.importer.Field.DESCRIPTION;
import static dev.errorcatalog.catalogdata.importer.Field.MESSAGE;
import static dev.errorcatalog.catalogdata.importer.Field.SOLUTION;
import static dev.errorcatalog.catalogdata.importer.Field.STATUS;

import dev.errorcatalog.catalogdata.importer.Page.Format;
import dev.errorcatalog.catalogdata.importer.Page.Layout;
import java.util.List;

/**
 * The five pages and their catalogs. Each page is its own catalog: the same code appears on several
 * pages with different text, and none of it is merged.
 */
final class Pages {

  private Pages() {}

  static final List<Page> ALL =
      List.of(
          // Short and flat (code, status, one message line): CSV reads well here.
          new Page(
              "000_7789316f6993c6e5.txt",
              "vas",
              Format.CSV,
              "Video Analysis Service (VAS)",
              "Error Codes",
              Layout.VERTICAL_LIST,
              List.of(
                  Column.of("Error Code", CODE),
                  Column.of("Status Code", STATUS),
                  english("Error Message", MESSAGE))),
          // The page names no service: its own codes are AIS.* and it shares page 004's template,
          // so the id says only what is known, an AIS image service.
          new Page(
              "001_ee100ee083695fee.txt",
              "ais-image",
              Format.JSON,
              "An AIS image service (the page does not name it)",
              "Error Codes",
              Layout.VERTICAL_LIST,
              // The page prints "Description" over both the message and the description column.
              List.of(
                  Column.of("Status Code", STATUS),
                  Column.of("Error Code", CODE),
                  english("Description", MESSAGE),
                  english("Description", DESCRIPTION),
                  english("Handling Measure", SOLUTION))),
          new Page(
              "002_ef4b1cbd1c2a64a9.txt",
              "image-search",
              Format.JSON,
              "Image Search (IS)",
              "Error Codes",
              Layout.VERTICAL_LIST,
              List.of(
                  Column.of("Status Code", STATUS),
                  Column.of("Error Code", CODE),
                  english("Error Message", MESSAGE),
                  english("Description", DESCRIPTION),
                  english("Solution", SOLUTION))),
          // No status column on this page: its entries have no status.
          new Page(
              "003_65c824f5ebf9001c.txt",
              "ocr",
              Format.JSON,
              "Optical Character Recognition (OCR)",
              "Error Codes",
              Layout.GRID_TABLE,
              List.of(
                  Column.of("Category", CATEGORY),
                  Column.of("Error Code", CODE),
                  english("Error Message", MESSAGE),
                  english("Description", DESCRIPTION),
                  english("Solution", SOLUTION))),
          // English messages next to Chinese descriptions and handling measures: CSV shows the
          // localized columns (description@zh-CN, solution@zh-CN) side by side.
          new Page(
              "004_78dc2b0192c2fce1.txt",
              "image-recognition-zh",
              Format.CSV,
              "Image Recognition (图像识别), Chinese edition",
              "错误码",
              Layout.PIPE_TABLE,
              List.of(
                  Column.of("状态码", STATUS),
                  Column.of("错误码", CODE),
                  english("描述信息", MESSAGE),
                  text("说明", DESCRIPTION, "zh-CN"),
                  text("处理措施", SOLUTION, "zh-CN"))));
}
