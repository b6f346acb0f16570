package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CatalogLocalesTest {

  private static final CatalogLocales CHINESE_AND_FRENCH =
      new CatalogLocales("fr", "zh", "zh-CN", "zh-TW");

  private static int[] chain(String languageTag) {
    return CHINESE_AND_FRENCH.chain(Locale.forLanguageTag(languageTag));
  }

  @Test
  void followsTheBundleCandidatesFromTheMostSpecificLocale() {
    assertArrayEquals(new int[] {2, 1}, chain("zh-CN"));
    assertArrayEquals(new int[] {2, 1}, chain("zh-Hans-CN"));
    assertArrayEquals(new int[] {3, 1}, chain("zh-TW"));
    assertArrayEquals(new int[] {3, 1}, chain("zh-Hant-TW"));
    assertArrayEquals(new int[] {1}, chain("zh"));
    assertArrayEquals(new int[] {1}, chain("zh-SG"));
    assertArrayEquals(new int[] {0}, chain("fr-CA"));
  }

  @Test
  void leavesTheDefaultLocaleToAnswerAloneWhereNoCatalogLocaleIsACandidate() {
    assertArrayEquals(new int[0], chain("en"));
    assertArrayEquals(new int[0], chain("de-CH"));
    assertArrayEquals(new int[0], CHINESE_AND_FRENCH.chain(Locale.ROOT));
    assertArrayEquals(new int[0], CHINESE_AND_FRENCH.chain(null));
  }

  @Test
  void neverFallsBackToTheJvmDefaultLocale() {
    Locale jvmDefault = Locale.getDefault();
    CatalogLocales locales = new CatalogLocales("zh-CN");
    try {
      Locale.setDefault(Locale.forLanguageTag("zh-CN"));
      assertArrayEquals(new int[0], locales.chain(Locale.FRENCH));
      assertArrayEquals(new int[] {0}, locales.chain(Locale.forLanguageTag("zh-CN")));
    } finally {
      Locale.setDefault(jvmDefault);
    }
  }

  @Test
  void matchesLocalesByTheirBundleNames() {
    // Norwegian: nb falls back to no, as getBundle chains the bundles.
    assertArrayEquals(
        new int[] {0}, new CatalogLocales("no").chain(Locale.forLanguageTag("nb-NO")));
    // Extensions are not part of a bundle name.
    assertArrayEquals(
        new int[] {0}, new CatalogLocales("de").chain(Locale.forLanguageTag("de-DE-u-co-phonebk")));
  }

  @Test
  void answersEachLocaleWithTheSameChainOnceWorkedOut() {
    int[] first = chain("zh-CN");
    chain("fr");
    assertSame(first, chain("zh-CN"));
    assertSame(first, CHINESE_AND_FRENCH.chain(Locale.CHINA));
  }
}
