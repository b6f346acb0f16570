package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.read.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * The resource-bundle key of each text: the code itself for the message (the lookup made most
 * often, so it needs no string building at run time), {@code CODE.description} and {@code
 * CODE.solution} for the others.
 *
 * <p>The root bundle also holds what a code has besides texts, where the table gives it: {@code
 * CODE.docs} (its documentation URL), {@code CODE.deprecated} (why it is deprecated) and {@code
 * CODE.replacedBy} (the code that replaces it). They are read rarely and never on a lookup, so they
 * cost the constants nothing, at any size.
 */
public final class BundleKeys {

  private BundleKeys() {}

  /** What follows the code in the key of {@code field}. */
  public static String suffix(TextField field) {
    return field == TextField.MESSAGE ? "" : "." + field.key();
  }

  /** What follows the code in the key of its documentation URL. */
  public static final String DOCS = ".docs";

  /** What follows the code in the key of its deprecation reason. */
  public static final String DEPRECATED = ".deprecated";

  /** What follows the code in the key of the code that replaces it. */
  public static final String REPLACED_BY = ".replacedBy";

  /** The suffixes of the keys {@code entry} has in the root bundle besides its texts. */
  public static List<String> linkSuffixes(Entry entry) {
    List<String> suffixes = new ArrayList<>();
    entry.documentation().ifPresent(uri -> suffixes.add(DOCS));
    entry
        .deprecation()
        .ifPresent(
            deprecation -> {
              suffixes.add(DEPRECATED);
              deprecation.replacedBy().ifPresent(code -> suffixes.add(REPLACED_BY));
            });
    return suffixes;
  }

  /** The key of {@code field} of {@code code}. */
  public static String key(String code, TextField field) {
    return code + suffix(field);
  }
}
