package dev.errorcatalog.processor.read;

import java.util.List;
import java.util.Optional;

/**
 * A table as read, before its values are checked.
 *
 * @param path the resource path, as the annotation names it
 * @param catalogId the catalog id: the JSON {@code catalog} field, else the file's base name
 * @param title the table's title, if it gives one
 * @param source where the table's content comes from (such as a documentation page), if given
 * @param note a remark on the whole catalog (such as a page's catch-all row), if given
 * @param entries the rows, in table order
 * @param docs the documentation URL template of every code, with {@code {code}} for the code, if
 *     given
 */
public record RawTable(
    String path,
    String catalogId,
    Optional<String> title,
    Optional<String> source,
    Optional<String> note,
    List<RawEntry> entries,
    Optional<RawValue> docs) {

  public RawTable {
    entries = List.copyOf(entries);
  }
}
