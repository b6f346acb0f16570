package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.read.TextField;

/**
 * The resource-bundle key of each text: the code itself for the message (the lookup made most
 * often, so it needs no string building at run time), {@code CODE.description} and {@code
 * CODE.solution} for the others.
 */
public final class BundleKeys {

  private BundleKeys() {}

  /** What follows the code in the key of {@code field}. */
  public static String suffix(TextField field) {
    return field == TextField.MESSAGE ? "" : "." + field.key();
  }

  /** The key of {@code field} of {@code code}. */
  public static String key(String code, TextField field) {
    return code + suffix(field);
  }
}
