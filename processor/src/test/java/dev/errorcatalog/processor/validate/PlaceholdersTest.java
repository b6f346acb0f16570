package dev.errorcatalog.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  @Test
  void numbersOrdinaryPlaceholdersInOrder() {
    assertEquals(List.of("1$s"), Placeholders.of("Invalid value %s."));
    assertEquals(List.of("1$d"), Placeholders.of("%d images"));
    assertEquals(List.of("1$s", "2$s"), Placeholders.of("%s , %s"));
    assertEquals(List.of("1$s", "2$d", "3$s"), Placeholders.of("%s has %d of %s"));
  }

  @Test
  void keepsExplicitArgumentIndex() {
    assertEquals(List.of("2$s"), Placeholders.of("%2$s"));
    assertEquals(List.of("2$s", "1$s"), Placeholders.of("%2$s before %1$s"));
  }

  @Test
  void leavesOutPercentAndLineSeparator() {
    assertEquals(List.of(), Placeholders.of("100%% done%n"));
    assertEquals(List.of(), Placeholders.of("%%s is not a placeholder"));
    assertEquals(List.of("1$s"), Placeholders.of("%%%s"));
  }

  @Test
  void relativeIndexReusesPreviousOrdinaryArgument() {
    assertEquals(List.of("1$s", "1$s"), Placeholders.of("%s %<s"));
    assertEquals(List.of("1$s", "2$d", "2$x"), Placeholders.of("%s %d %<x"));
  }

  /**
   * {@link java.util.Formatter}: "%<s" takes the argument of the previous specifier, also when that
   * specifier named its argument explicitly.
   */
  @Test
  void relativeIndexAfterExplicitIndexReusesThatArgument() {
    assertEquals("b b", String.format(Locale.ROOT, "%2$s %<s", "a", "b"));
    assertEquals(List.of("2$s", "2$s"), Placeholders.of("%2$s %<s"));
    assertEquals(List.of("1$s", "3$s", "3$s"), Placeholders.of("%s %3$s %<s"));
  }

  @Test
  void textWithoutPlaceholdersHasNone() {
    assertEquals(List.of(), Placeholders.of("Plain text, {0} and 'quotes' and 50 percent."));
    assertEquals(List.of(), Placeholders.of(""));
  }

  @Test
  void normalizesCaseAndKeepsTimeConversions() {
    assertEquals(List.of("1$s"), Placeholders.of("%S"));
    assertEquals(List.of("1$ty"), Placeholders.of("%tY"));
    assertEquals(List.of("1$ty", "1$tm"), Placeholders.of("%tY-%<tm"));
  }

  @Test
  void ignoresWidthPrecisionAndFlags() {
    assertEquals(List.of("1$s", "2$d", "3$f"), Placeholders.of("%-10s|%05d|%,.2f"));
  }

  /**
   * For texts that {@link java.util.Formatter} accepts, the argument positions match the ones it
   * actually reads: formatting with distinct marker arguments shows which position each placeholder
   * consumed.
   */
  @Test
  void agreesWithFormatterOnWhichArgumentEachPlaceholderReads() {
    String[] templates = {
      "%s",
      "%s %s",
      "%2$s %1$s",
      "%s %<s",
      "%s %2$s %s",
      "%3$s %s %<s",
      "%s %3$s %<s",
      "%2$s %<s %s",
      "a %% b %n %s"
    };
    for (String template : templates) {
      String formatted;
      try {
        formatted = String.format(Locale.ROOT, template.replace("%n", ""), "A1", "A2", "A3");
      } catch (IllegalFormatException e) {
        throw new AssertionError(template, e);
      }
      List<String> expected = new ArrayList<>();
      for (int i = 0; i + 1 < formatted.length(); i++) {
        if (formatted.charAt(i) == 'A' && Character.isDigit(formatted.charAt(i + 1))) {
          expected.add(formatted.charAt(i + 1) + "$s");
        }
      }
      assertEquals(expected, Placeholders.of(template), template);
    }
  }
}
