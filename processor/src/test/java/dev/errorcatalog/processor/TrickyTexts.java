package dev.errorcatalog.processor;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Texts that break generated files that do not escape them, and tables that carry them. */
final class TrickyTexts {

  /** Each must survive a literal, a Javadoc comment and a properties value unchanged. */
  static final List<String> ALL =
      List.of(
          "ends a comment */ here",
          "/* opens a comment",
          "a unicode escape \\u002a/ ends comments in javac",
          "an escaped newline \\u000a breaks a line comment",
          "\\u0022 quote escape and \\\\u0022 twice",
          "quotes \" and ' and \\\" mixed",
          "backslash \\ and trailing backslash \\",
          "dollar $S $L $T $N $$ and ${x}",
          "MessageFormat {0} and '{1}' and ''",
          "printf %n and %% stay",
          "real\nnewlines\r\nand CR\ralone",
          "tabs\tand\fform feed",
          "line\u2028separator and paragraph\u2029separator",
          "control \u0000 \u0001 \u0007 \u001b \u007f chars",
          "surrogate pair \ud83d\ude00 and \ud834\udd1e",
          "right-to-left \u05e9\u05dc\u05d5\u05dd \u202e reversed \u202c and \u0627\u0644\u0639\u0631\u0628\u064a\u0629",
          "  leading and trailing spaces  ",
          "=starts with equals",
          ":starts with colon",
          "#starts with hash",
          "!starts with bang",
          " leading space then = and : and # and !",
          "html <b>bold</b> &amp; <script>alert(1)</script> &",
          "javadoc {@code x} @param y {@link Z} @return",
          "Chinese \u8bf7\u68c0\u67e5Token\u662f\u5426\u6b63\u786e\u3002",
          "*/ /** @deprecated */ class X {} /*");

  /** Pieces the property-based test builds random texts from. */
  static final List<String> FRAGMENTS =
      List.of(
          "*/",
          "/*",
          "/**",
          "\\u002a/",
          "\\u000a",
          "\\",
          "\"",
          "'",
          "$",
          "$S",
          "{0}",
          "%n",
          "%%",
          "\n",
          "\r\n",
          "\r",
          "\t",
          "\f",
          "\u2028",
          "\u2029",
          "\u0000",
          "\u0085",
          "\u007f",
          "\ud83d\ude00",
          "\ud800",
          "\udfff",
          "\u05e9\u05dc\u05d5\u05dd",
          "\u202e",
          " ",
          "  ",
          "=",
          ":",
          "#",
          "!",
          "<b>",
          "&amp;",
          "&",
          "@param",
          "{@code x}",
          "\u00e9",
          "\u8bf7\u6c42");

  private TrickyTexts() {}

  /**
   * Writes a JSON table with one code per tricky text, whose message, description and solution are
   * that text in {@code en} and the text with a suffix in {@code zh-CN}. Non-ASCII is written as
   * JSON escapes, so that lone surrogates and controls survive the file.
   */
  static List<String> writeTable(Path file, List<String> texts) throws IOException {
    List<Map<String, Object>> codes = new java.util.ArrayList<>();
    List<String> codeNames = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String code = "T." + i;
      codeNames.add(code);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("code", code);
      entry.put("status", 400);
      for (String field : List.of("message", "description", "solution")) {
        entry.put(field, Map.of("en", texts.get(i), "zh-CN", chinese(texts.get(i))));
      }
      codes.add(entry);
    }
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("catalog", "tricky */ \\u002a/ catalog");
    table.put("title", "Title with */ and \\u000a and <html>");
    table.put("codes", codes);
    MAPPER.writeValue(file.toFile(), table);
    return codeNames;
  }

  /** {@code texts} as Java string literals, non-printable and non-ASCII chars escaped. */
  static String javaLiterals(List<String> texts) {
    StringBuilder out = new StringBuilder();
    for (String text : texts) {
      out.append(out.length() == 0 ? "\"" : ", \"");
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c >= ' ' && c <= '~') {
          out.append(c);
        } else {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
      }
      out.append('"');
    }
    return out.toString();
  }

  /** The zh-CN text of {@code text} in tables written here. */
  static String chinese(String text) {
    return text + " \u4e2d\u6587";
  }

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();
}
