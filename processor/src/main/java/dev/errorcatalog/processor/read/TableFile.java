package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Problem;
import java.io.IOException;
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

  /** The problem that the table at {@code path} could not be read, whether found or parsed. */
  static Problem unreadable(String path, String origin, IOException e, Culprit culprit) {
    return Problem.of(
        Message.TABLE_UNREADABLE, culprit, path, origin, String.valueOf(e.getMessage()));
  }

  /** The problem that this table could not be read. */
  Problem unreadable(IOException e, Culprit culprit) {
    return unreadable(path, origin, e, culprit);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "TableFile[%s, %d bytes, %s]", path, bytes.length, origin);
  }
}
