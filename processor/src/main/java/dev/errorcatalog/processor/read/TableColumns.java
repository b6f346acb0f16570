package dev.errorcatalog.processor.read;

import java.util.List;
import java.util.stream.Stream;

/**
 * The names a table uses, the same in both formats: the JSON members of a table and of an entry,
 * the CSV columns and {@code # key:} metadata lines. The readers take every name from here; tests
 * compare these lists with the README's table formats, which the importer's writers are checked
 * against in turn.
 */
public final class TableColumns {

  /** A table's catalog id (JSON only; a CSV table's id is its file name). */
  public static final String CATALOG = "catalog";

  /** The table's title. */
  public static final String TITLE = "title";

  /** Where the table's codes come from. */
  public static final String SOURCE = "source";

  /** A note on the whole table. */
  public static final String NOTE = "note";

  /** The JSON array of entries. */
  public static final String CODES = "codes";

  /** An entry's error code. */
  public static final String CODE = "code";

  /** An entry's HTTP status. */
  public static final String STATUS = "status";

  /** An entry's category. */
  public static final String CATEGORY = "category";

  /**
   * The documentation URL: on a table, a template with {@code {code}} for the code (a {@code #
   * docs:} line in CSV); on an entry, the code's own page.
   */
  public static final String DOCS = "docs";

  /** Why an entry's code is deprecated; present only on deprecated codes. */
  public static final String DEPRECATED = "deprecated";

  /** The code of the same catalog that replaces a deprecated one. */
  public static final String REPLACED_BY = "replacedBy";

  /** Between a text column and its language tag in CSV: {@code message@zh-CN}. */
  public static final char LOCALE_SEPARATOR = '@';

  /** A JSON table's members, in the order tables write them. */
  public static final List<String> TABLE_FIELDS =
      List.of(CATALOG, TITLE, SOURCE, NOTE, DOCS, CODES);

  /** The metadata of a CSV table, given as {@code # key: value} lines before the header. */
  public static final List<String> METADATA_KEYS = List.of(TITLE, SOURCE, NOTE, DOCS);

  /**
   * An entry's fields (JSON members, CSV columns) that imported tables carry, in the order tables
   * write them; its texts come last.
   */
  public static final List<String> ENTRY_FIELDS =
      List.of(
          CODE,
          STATUS,
          CATEGORY,
          TextField.MESSAGE.key(),
          TextField.DESCRIPTION.key(),
          TextField.SOLUTION.key());

  /**
   * An entry's optional fields of documentation and deprecation, which hand-written tables add (the
   * importer writes none), in the order tables write them: after {@link #ENTRY_FIELDS} in JSON,
   * anywhere in a CSV header.
   */
  public static final List<String> LINK_FIELDS = List.of(DOCS, DEPRECATED, REPLACED_BY);

  /** Every field an entry may have: {@link #ENTRY_FIELDS}, then {@link #LINK_FIELDS}. */
  public static final List<String> ALL_ENTRY_FIELDS =
      Stream.concat(ENTRY_FIELDS.stream(), LINK_FIELDS.stream()).toList();

  /** The entry fields that are not texts, and so take no language tag in CSV. */
  public static final List<String> PLAIN_ENTRY_FIELDS =
      List.of(CODE, STATUS, CATEGORY, DOCS, DEPRECATED, REPLACED_BY);

  private TableColumns() {}
}
