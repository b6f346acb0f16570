package dev.errorcatalog.processor.read;

import java.util.Locale;

/**
 * A table's raw bytes and where they were found.
 *
 * @param path the resource path as {@code sources} names it
 * @param origin where it was found, for messages (a URI)
 * @param bytes the whole file
 */
// The bytes are read once and only read after: a defensive copy would double a large table.
@SuppressWarnings("ArrayRecordComponent")
public record TableFile(String path, String origin, byte[] bytes) {

  /** The file's format, from its extension. */
  public TableFormat format() {
    return TableFormat.of(path);
  }

  /** The file name without directories and extension: a CSV table's catalog id. */
  public String baseName() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "TableFile[%s, %d bytes, %s]", path, bytes.length, origin);
  }
}
