package dev.errorcatalog.processor.model;

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
   * The binary name of a catalog's provider class, as {@code META-INF/services} lists it.
   *
   * @param qualifiedName the generated type's qualified name
   */
  public static String providerBinaryName(String qualifiedName) {
    return qualifiedName + "$" + PROVIDER;
  }
}
