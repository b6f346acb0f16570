package dev.errorcatalog.processor.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A code's documentation URL: the code's own, else the table's template with {@code {code}}
 * replaced by the code, percent-encoded wherever a URL needs it (every character but {@code A-Z a-z
 * 0-9 - . _ ~}, so that {@code ModelArts/4101} stays one path segment). Only absolute {@code http}
 * and {@code https} URLs with a host are accepted: a page's reader must be able to open them.
 */
public final class DocumentationLinks {

  /** What a template says where the code goes. */
  public static final String CODE_PLACEHOLDER = "{code}";

  private DocumentationLinks() {}

  /** {@code template} for {@code code}. */
  public static String expand(String template, String code) {
    return template.replace(CODE_PLACEHOLDER, percentEncoded(code));
  }

  /**
   * The URL {@code text} means, or why it is not an absolute http(s) URL.
   *
   * @return either a URI or a reason, never both
   */
  public static Result parse(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return new Result(null, e.getReason() + " at index " + e.getIndex());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new Result(
          null, uri.isAbsolute() ? "the scheme is " + uri.getScheme() : "it is not absolute");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return new Result(null, "it has no host");
    }
    return new Result(uri, null);
  }

  /**
   * The outcome of {@link #parse}.
   *
   * @param uri the URL, or {@code null}
   * @param problem why the text is not a usable URL, or {@code null}
   */
  public record Result(URI uri, String problem) {}

  static String percentEncoded(String code) {
    StringBuilder out = new StringBuilder();
    for (byte b : code.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
