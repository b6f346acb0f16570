package dev.errorcatalog.processor.read;

import java.util.Locale;

/** The table formats the processor reads, chosen by file extension. */
public enum TableFormat {
  JSON,
  CSV,
  UNSUPPORTED;

  /** The format of a resource path, by its (case-insensitive) extension. */
  public static TableFormat of(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return JSON;
    }
    if (lower.endsWith(".csv")) {
      return CSV;
    }
    return UNSUPPORTED;
  }
}
