package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleCacheTest {

  /** Records every locale it works out; gives nothing for French. */
  private static final class Recording extends LocaleCache<String> {
    final List<Locale> computed = new ArrayList<>();

    @Override
    String compute(Locale locale) {
      computed.add(locale);
      return locale.equals(Locale.FRENCH) ? null : new String(locale.toLanguageTag().toCharArray());
    }
  }

  @Test
  void worksOutEachLocaleOnceAndKeepsItsValueAcrossOtherLocales() {
    Recording cache = new Recording();

    String chinese = cache.get(Locale.SIMPLIFIED_CHINESE);
    String english = cache.get(Locale.ENGLISH);

    assertSame(chinese, cache.get(Locale.SIMPLIFIED_CHINESE));
    assertSame(english, cache.get(Locale.ENGLISH));
    assertSame(english, cache.get(Locale.forLanguageTag("en")), "an equal locale, not the same");
    assertEquals(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH), cache.computed);
  }

  @Test
  void keepsNoValueWhereThereIsNone() {
    Recording cache = new Recording();

    assertNull(cache.get(Locale.FRENCH));
    assertNull(cache.get(Locale.FRENCH));

    assertEquals(List.of(Locale.FRENCH, Locale.FRENCH), cache.computed);
  }
}
