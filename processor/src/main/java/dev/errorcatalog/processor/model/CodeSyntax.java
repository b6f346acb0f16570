package dev.errorcatalog.processor.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an error code may look like, and the constant name it becomes. Codes are letters and digits,
 * optionally separated by single {@code . _ - : /}: {@code AIS.0014}, {@code ModelArts.4101},
 * {@code InvalidParameter.Missing}, {@code 404}.
 */
public final class CodeSyntax {

  /** The longest code accepted. */
  public static final int MAX_LENGTH = 128;

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(?:[._:/-][A-Za-z0-9]+)*");

  private CodeSyntax() {}

  /** Whether {@code code} is a well-formed code. */
  public static boolean isValid(String code) {
    return code.length() <= MAX_LENGTH && CODE.matcher(code).matches();
  }

  /**
   * The constant name of a valid code, in upper snake case: {@code AIS.0014} becomes {@code
   * AIS_0014}, {@code ModelArts.4101} becomes {@code MODELARTS_4101}. A code that starts with a
   * digit gets a leading underscore ({@code 404} becomes {@code _404}). The locale is fixed, so
   * that a build on a Turkish machine gives the same names.
   */
  public static String constantName(String code) {
    StringBuilder name = new StringBuilder(code.length() + 1);
    if (Character.isDigit(code.charAt(0))) {
      name.append('_');
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      name.append(Character.isLetterOrDigit(c) ? c : '_');
    }
    return name.toString().toUpperCase(Locale.ROOT);
  }
}
