package dev.errorcatalog.processor.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printf placeholders of a message, as {@link java.util.Formatter} reads them: each placeholder
 * that takes an argument, as its argument position and conversion ({@code %s}, {@code %2$d}).
 * {@code %%} and {@code %n} take no argument and are left out.
 */
final class Placeholders {

  // java.util.Formatter's own specifier syntax.
  private static final Pattern SPECIFIER =
      Pattern.compile("%(\\d+\\$)?([-#+ 0,(<]*)?(\\d+)?(\\.\\d+)?([tT])?([a-zA-Z%])");

  private Placeholders() {}

  /** The argument-taking placeholders of {@code text}, such as {@code [1$s, 2$d]}. */
  static List<String> of(String text) {
    if (text.indexOf('%') < 0) {
      return List.of(); // most texts: no matcher needed
    }
    List<String> placeholders = new ArrayList<>();
    Matcher matcher = SPECIFIER.matcher(text);
    int next = 1;
    int previous = 0;
    while (matcher.find()) {
      String conversion = matcher.group(6);
      if (conversion.equals("%") || conversion.equals("n")) {
        continue;
      }
      String explicit = matcher.group(1);
      String flags = matcher.group(2) == null ? "" : matcher.group(2);
      int position;
      if (explicit != null) {
        position = Integer.parseInt(explicit.substring(0, explicit.length() - 1));
      } else if (flags.contains("<")) {
        position = previous; // the argument of the specifier before, explicit or not
      } else {
        position = next++;
      }
      previous = position;
      String time = matcher.group(5) == null ? "" : "t";
      placeholders.add(position + "$" + time + conversion.toLowerCase(Locale.ROOT));
    }
    return placeholders;
  }
}
