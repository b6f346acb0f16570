package dev.errorcatalog.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of the members a generated catalog type declares besides its constants, owned here so
 * that the renderers use them and the validator can refuse a code whose constant would take one.
 *
 * <p>A constant shares its name space with the type's other fields, and a member type of the same
 * name would be obscured by it ({@code NAME.Codes.X} would read a field {@code Codes}). Constant
 * names are upper snake case, so in practice only {@link #CATALOG} can clash; the other names are
 * listed so that the check keeps holding if either side changes.
 */
public final class GeneratedMembers {

  /** The {@code public static final Catalog<NAME>} field. */
  public static final String CATALOG = "CATALOG";

  /** The nested class of code strings, one compile-time constant per code. */
  public static final String CODES = "Codes";

  /**
   * The nested class that implements {@code dev.errorcatalog.Catalog} and that {@code
   * ServiceLoader} instantiates.
   */
  public static final String PROVIDER = "Provider";

  /** The nested holder of {@code all()}'s list. */
  public static final String ALL = "All";

  /** The nested holder of the resource bundles. */
  public static final String BUNDLES = "Bundles";

  /** The nested class of a large catalog that reads its entries file. */
  public static final String ENTRIES = "Entries";

  /** The nested holder of a small catalog's lookup table. */
  public static final String TABLE = "Table";

  /** The prefix of the nested message holders, {@code Messages0}, {@code Messages1}, ... */
  public static final String MESSAGES = "Messages";

  /**
   * The member types a generated catalog type may nest, besides the message holders. A catalog of
   * one of these names would nest a type of its own name, which Java forbids.
   */
  private static final List<String> NESTED_TYPES =
      List.of(CODES, PROVIDER, ALL, BUNDLES, ENTRIES, TABLE);

  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          CATALOG, "field CATALOG (the catalog object)",
          CODES, "class Codes (the code strings)",
          PROVIDER, "class Provider (the catalog's ServiceLoader provider)",
          ALL, "class All (the list of all())");

  private GeneratedMembers() {}

  /**
   * The member a constant of this name would clash with.
   *
   * @return a description such as {@code "field CATALOG (the catalog object)"}, or empty when the
   *     name is free
   */
  public static Optional<String> clashOf(String constantName) {
    return Optional.ofNullable(DESCRIPTIONS.get(constantName));
  }

  /**
   * The nested types of a generated catalog type, if {@code catalogName} is one of them.
   *
   * @return the list of nested type names, for a message, or empty when the name is free
   */
  public static Optional<String> nestedTypeClash(String catalogName) {
    if (!NESTED_TYPES.contains(catalogName) && !catalogName.matches(MESSAGES + "[0-9]+")) {
      return Optional.empty();
    }
    return Optional.of(
        String.join(", ", NESTED_TYPES) + ", " + MESSAGES + "0, " + MESSAGES + "1, ...");
  }

  /**
   * The binary name of a catalog's provider class, as {@code META-INF/services} lists it.
   *
   * @param qualifiedName the generated type's qualified name
   */
  public static String providerBinaryName(String qualifiedName) {
    return qualifiedName + "$" + PROVIDER;
  }
}
