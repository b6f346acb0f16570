package dev.errorcatalog.catalogdata.importer;

/** Reads the error-code table out of a page's text; one implementation per page layout. */
interface PageParser {

  /**
   * The page's table.
   *
   * @throws PageFormatException if the text does not have the layout and columns expected
   */
  PageTable parse(String pageText);
}
