package dev.errorcatalog.processor.generate;

import static dev.errorcatalog.processor.model.Fixtures.message;
import static dev.errorcatalog.processor.model.Fixtures.row;
import static dev.errorcatalog.processor.model.Fixtures.table;
import static dev.errorcatalog.processor.model.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Fixtures;
import dev.errorcatalog.processor.read.RawEntry;
import dev.errorcatalog.processor.read.TextField;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import org.junit.jupiter.api.Test;

class BundleRendererTest {

  private static final String T = "errorcatalog/test/t.json";

  private static Catalog trickyCatalog() {
    List<RawEntry> rows = new ArrayList<>();
    List<String> tricky = PropertiesTextTest.TRICKY;
    for (int i = 0; i < tricky.size(); i++) {
      String text = tricky.get(i);
      rows.add(
          row(
              T,
              i + 2,
              "C." + i,
              null,
              message(T, i + 2, null, "m" + i + text),
              message(T, i + 2, "zh-CN", "\u4e2d" + i + text),
              text(T, i + 2, TextField.DESCRIPTION, null, text.isEmpty() ? "d" : text)));
    }
    return Fixtures.catalog(Locale.ENGLISH, table(T, rows.toArray(RawEntry[]::new)));
  }

  private static Map<String, String> load(byte[] bytes) throws IOException {
    PropertyResourceBundle bundle = new PropertyResourceBundle(new ByteArrayInputStream(bytes));
    Map<String, String> loaded = new HashMap<>();
    for (String key : Collections.list(bundle.getKeys())) {
      loaded.put(key, bundle.getString(key));
    }
    return loaded;
  }

  @Test
  void writesRootAndLocaleBundlesThatLoadBackExactly() throws IOException {
    Catalog catalog = trickyCatalog();
    List<GeneratedFile.ResourceFile> files = BundleRenderer.render(catalog);

    assertEquals(
        List.of("TestErrors.properties", "TestErrors_zh_CN.properties"),
        files.stream().map(GeneratedFile.ResourceFile::relativeName).toList());
    assertEquals("test", files.get(0).packageName());
    Map<String, String> root = load(files.get(0).bytes());
    Map<String, String> chinese = load(files.get(1).bytes());
    List<String> tricky = PropertiesTextTest.TRICKY;
    for (int i = 0; i < tricky.size(); i++) {
      String text = tricky.get(i);
      assertEquals("m" + i + text, root.get("C." + i), "C." + i);
      assertEquals(text.isEmpty() ? "d" : text, root.get("C." + i + ".description"));
      assertEquals("\u4e2d" + i + text, chinese.get("C." + i), "C." + i);
      assertTrue(!chinese.containsKey("C." + i + ".description"), "no fallback copied");
    }
    assertEquals(2 * tricky.size(), root.size());
    assertEquals(tricky.size(), chinese.size());
  }

  @Test
  void bundlesArePrintableAsciiWithLfLineEnds() {
    for (GeneratedFile.ResourceFile file : BundleRenderer.render(trickyCatalog())) {
      for (byte b : file.bytes()) {
        assertTrue(b == '\n' || (b >= 0x20 && b <= 0x7e), file.relativeName() + ": " + b);
      }
      String text = new String(file.bytes(), StandardCharsets.US_ASCII);
      assertTrue(text.endsWith("\n"), file.relativeName());
    }
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    List<GeneratedFile.ResourceFile> one = BundleRenderer.render(trickyCatalog());
    List<GeneratedFile.ResourceFile> two = BundleRenderer.render(trickyCatalog());

    assertEquals(one.size(), two.size());
    for (int i = 0; i < one.size(); i++) {
      assertArrayEquals(one.get(i).bytes(), two.get(i).bytes(), one.get(i).relativeName());
    }
  }
}
