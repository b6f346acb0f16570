package dev.errorcatalog.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Reads a generated reference page the way a test needs it: its rows and the texts in them. The
 * patterns only match when no table text opened or closed an element, so reading the texts back
 * proves none did.
 */
final class ReferencePages {

  private static final Pattern ROW =
      Pattern.compile("<tr id=\"([^\"<>]*)\"><th scope=\"row\"[^>]*>(.*?)</tr>\n", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<dd>([^<>]*)</dd>");
  private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9A-F]+|#[0-9]+|[a-z]+);");

  private ReferencePages() {}

  /** The page {@code pkg/name.html} in the compilation's class output, if written. */
  static Optional<String> page(Compilation compilation, String pkg, String name)
      throws IOException {
    Optional<JavaFileObject> file =
        compilation.generatedFile(StandardLocation.CLASS_OUTPUT, pkg, name + ".html");
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = file.get().openInputStream()) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    }
  }

  /** Row id (the code) to the texts of the row's cells, in page order, references decoded. */
  static Map<String, List<String>> rows(String page) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    Matcher row = ROW.matcher(page);
    while (row.find()) {
      List<String> texts = new ArrayList<>();
      Matcher text = TEXT.matcher(row.group(2));
      while (text.find()) {
        texts.add(decode(text.group(1)));
      }
      rows.put(decode(row.group(1)), texts);
    }
    return rows;
  }

  /** HTML's character references decoded, as a browser reads them. */
  static String decode(String html) {
    Matcher reference = REFERENCE.matcher(html);
    StringBuilder text = new StringBuilder();
    while (reference.find()) {
      String name = reference.group(1);
      String decoded =
          switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            default ->
                name.startsWith("#x")
                    ? Character.toString(Integer.parseInt(name.substring(2), 16))
                    : name.startsWith("#")
                        ? Character.toString(Integer.parseInt(name.substring(1)))
                        : "&" + name + ";";
          };
      reference.appendReplacement(text, Matcher.quoteReplacement(decoded));
    }
    reference.appendTail(text);
    return text.toString();
  }

  /**
   * What a page can show of a table text: line breaks as {@code \n}, and U+FFFD for what HTML
   * cannot carry (controls other than tab and line feed, lone surrogates, noncharacters).
   */
  static String shown(String text) {
    String lines = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder shown = new StringBuilder();
    lines
        .codePoints()
        .forEach(
            c -> {
              boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
              boolean surrogate = c >= 0xD800 && c <= 0xDFFF;
              boolean nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
              shown.appendCodePoint(control || surrogate || nonCharacter ? 0xFFFD : c);
            });
    return shown.toString();
  }
}
