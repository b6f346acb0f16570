package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class CatalogBundlesTest {

  /** A bundle family: root (English) and zh_CN, as a loader that records its calls. */
  private static final class Family {
    final List<Locale> requested = new ArrayList<>();
    final Locale jvmDefault;

    Family(Locale jvmDefault) {
      this.jvmDefault = jvmDefault;
    }

    /** Mimics ResourceBundle.getBundle: candidates of the locale, then of the JVM default. */
    ResourceBundle load(Locale locale) {
      requested.add(locale);
      if (locale.getLanguage().equals("zh") && locale.getCountry().equals("CN")) {
        return bundle(Locale.CHINA, "AIS.0014", "输入数据JSON格式错误。");
      }
      if (locale.equals(Locale.ROOT) || !jvmDefault.equals(Locale.CHINA)) {
        return bundle(Locale.ROOT, "AIS.0014", "The JSON format of the input data is incorrect.");
      }
      return bundle(Locale.CHINA, "AIS.0014", "输入数据JSON格式错误。");
    }
  }

  private static ResourceBundle bundle(Locale locale, String key, String value) {
    return new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{key, value}};
      }

      @Override
      public Locale getLocale() {
        return locale;
      }
    };
  }

  @Test
  void findsTheTextOfTheRequestedLocale() {
    Family family = new Family(Locale.ENGLISH);
    CatalogBundles bundles = new CatalogBundles("com.example.Errors", family::load);
    assertEquals("输入数据JSON格式错误。", bundles.text(Locale.CHINA, "AIS.0014"));
    assertEquals(
        "The JSON format of the input data is incorrect.",
        bundles.text(Locale.ENGLISH, "AIS.0014"));
  }

  @Test
  void replacesAFallbackToTheJvmDefaultLocaleWithTheRootBundle() {
    Family family = new Family(Locale.CHINA);
    CatalogBundles bundles = new CatalogBundles("com.example.Errors", family::load);
    assertEquals(
        "The JSON format of the input data is incorrect.", bundles.text(Locale.FRENCH, "AIS.0014"));
  }

  @Test
  void loadsEachLocaleOnce() {
    Family family = new Family(Locale.ENGLISH);
    CatalogBundles bundles = new CatalogBundles("com.example.Errors", family::load);
    bundles.text(Locale.CHINA, "AIS.0014");
    bundles.text(Locale.CHINA, "AIS.0014");
    bundles.find(Locale.CHINA, "missing");
    assertEquals(List.of(Locale.CHINA), family.requested);
  }

  @Test
  void answersEmptyForAMissingKeyOrBundle() {
    CatalogBundles bundles =
        new CatalogBundles(
            "com.example.Errors",
            locale -> {
              throw new MissingResourceException("none", "com.example.Errors", "");
            });
    assertNull(bundles.text(Locale.ENGLISH, "AIS.0014"));
    assertEquals(Optional.empty(), bundles.find(Locale.ENGLISH, "AIS.0014"));
    CatalogBundles present =
        new CatalogBundles("com.example.Errors", new Family(Locale.ENGLISH)::load);
    assertEquals(Optional.empty(), present.find(Locale.ENGLISH, "AIS.9999"));
  }

  @Test
  void treatsANullLocaleAsTheCatalogDefault() {
    CatalogBundles bundles =
        new CatalogBundles("com.example.Errors", new Family(Locale.CHINA)::load);
    assertEquals("The JSON format of the input data is incorrect.", bundles.text(null, "AIS.0014"));
  }

  /** A .properties bundle of a locale, chained to a parent as getBundle chains them. */
  private static PropertyResourceBundle properties(
      Locale locale, String text, ResourceBundle chainedTo) {
    try {
      return new PropertyResourceBundle(new StringReader(text)) {
        {
          setParent(chainedTo); // (a parameter named parent would be hidden by the field)
        }

        @Override
        public Locale getLocale() {
          return locale;
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readsEachLevelOfAPropertiesChainAsGetStringWould() {
    PropertyResourceBundle root = properties(Locale.ROOT, "A=root A\nB=root B\n", null);
    PropertyResourceBundle zhCn = properties(Locale.CHINA, "A=\u4e2d\u6587 A\n", root);
    List<Locale> requested = new ArrayList<>();
    CatalogBundles bundles =
        new CatalogBundles(
            "com.example.Errors",
            locale -> {
              requested.add(locale);
              // As getBundle: zh_CN has a bundle, zh has none (so it falls back to the root).
              return locale.equals(Locale.CHINA) ? zhCn : root;
            });

    assertEquals("\u4e2d\u6587 A", bundles.text(Locale.CHINA, "A"));
    assertEquals("root B", bundles.text(Locale.CHINA, "B"));
    assertNull(bundles.text(Locale.CHINA, "C"));
    assertEquals("root A", bundles.text(Locale.ROOT, "A"));
    for (String key : List.of("A", "B")) {
      assertEquals(zhCn.getString(key), bundles.text(Locale.CHINA, key));
    }
    // zh_CN, then its candidates zh and root once, then the root itself once.
    assertEquals(List.of(Locale.CHINA, Locale.CHINESE, Locale.ROOT, Locale.ROOT), requested);
  }
}
