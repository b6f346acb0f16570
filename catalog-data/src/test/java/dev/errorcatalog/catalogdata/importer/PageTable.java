package dev.errorcatalog.catalogdata.importer;

import java.util.List;

/**
 * A page's error-code table: its code rows in page order, and the text of the catch-all row
 * ("Other", "Others", "其他") that ends most pages, which documents no code.
 *
 * @param note the catch-all row's text, {@code null} if the page has no catch-all row
 */
record PageTable(List<PageRow> rows, String note) {

  PageTable {
    rows = List.copyOf(rows);
  }
}
