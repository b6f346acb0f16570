package dev.errorcatalog.processor.generate;

import static dev.errorcatalog.processor.model.Fixtures.message;
import static dev.errorcatalog.processor.model.Fixtures.row;
import static dev.errorcatalog.processor.model.Fixtures.table;
import static dev.errorcatalog.processor.model.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Fixtures;
import dev.errorcatalog.processor.read.RawEntry;
import dev.errorcatalog.processor.read.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated sources look hand-written: no line is longer than 100 columns, except a line that is a
 * single string literal too long to split, at every layout (a few codes, split lookup methods, the
 * large layout of holders and packed tables).
 */
public class GeneratedLineLengthTest {

  /** The widest line google-java-format leaves. */
  public static final int MAX_COLUMNS = 100;

  /**
   * A line that is one string literal (a table text, kept whole), maybe within a concatenation
   * ({@code + "..." +}) or followed by {@code ,}, {@code )} or {@code ;}.
   */
  private static final Pattern LONE_LITERAL =
      Pattern.compile("\\s*(\\+ )?\"([^\"\\\\]|\\\\.)*\"( \\+|[,);]*)\\s*");

  private static final String T = "errorcatalog/test/long-texts.json";

  /** The lines of {@code source} over {@link #MAX_COLUMNS} that are not a lone string literal. */
  public static List<String> overlongLines(String source) {
    List<String> overlong = new ArrayList<>();
    for (String line : source.split("\n", -1)) {
      if (line.length() > MAX_COLUMNS && !LONE_LITERAL.matcher(line).matches()) {
        overlong.add(line.length() + ": " + line);
      }
    }
    return overlong;
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 300, 2_500})
  void noGeneratedLineIsLongerThan100Columns(int codes) {
    Catalog catalog = Fixtures.catalog(Locale.ENGLISH, table(T, rows(codes)));
    List<GeneratedFile> files =
        new CatalogRenderer(Optional.of(ClassName.get("javax.annotation.processing", "Generated")))
            .render(catalog);

    int sources = 0;
    for (GeneratedFile file : files) {
      if (file instanceof GeneratedFile.SourceFile source) {
        sources++;
        List<String> overlong = overlongLines(source.text());
        assertEquals(List.of(), overlong, source.qualifiedName());
      }
    }
    assertTrue(sources > 0);
  }

  /** Rows whose texts are long prose, long runs of Chinese without spaces, URLs and markup. */
  private static RawEntry[] rows(int count) {
    String prose =
        "The request could not be processed because the parameter named in the message is"
            + " missing, empty, longer than the documented limit or otherwise invalid; check it.";
    String chinese = "\u8bf7\u68c0\u67e5\u8bf7\u6c42\u53c2\u6570\u662f\u5426\u6b63\u786e".repeat(9);
    String url =
        "https://support.huaweicloud.com/intl/en-us/api-ocr/a-very-long-path/that-goes-on"
            + "-and-on/ocr_03_0028_with_more_words_than_a_line_can_hold.html";
    String markup = "<b>bold</b> & {@code x} @param \\u002a/ */ ".repeat(6);
    RawEntry[] rows = new RawEntry[count];
    for (int i = 0; i < count; i++) {
      int line = i + 2;
      String code = String.format(Locale.ROOT, "SVC%d.%04d", i % 7, i);
      rows[i] =
          row(
              T,
              line,
              code,
              "400",
              message(T, line, null, prose + " " + i),
              message(T, line, "zh-CN", chinese),
              text(T, line, TextField.DESCRIPTION, null, url),
              text(T, line, TextField.SOLUTION, null, markup));
    }
    return rows;
  }
}
