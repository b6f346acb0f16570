package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Problem;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Deprecation;
import dev.errorcatalog.processor.model.Entry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The replacements of deprecated codes: each names a code of the same catalog, and following them
 * from a deprecated code reaches a code that is not deprecated, never the code again. A caller
 * moved along the chain must end on a code to keep.
 */
final class Replacements {

  private Replacements() {}

  static void check(
      Catalog catalog,
      Map<String, Entry> byCode,
      Function<String, Culprit> culpritOfTable,
      List<Problem> problems) {
    Set<String> inReportedCycle = new HashSet<>();
    for (Entry entry : catalog.entries()) {
      Optional<Deprecation> deprecation = entry.deprecation();
      if (deprecation.isEmpty() || deprecation.get().replacedBy().isEmpty()) {
        continue;
      }
      Culprit culprit = culpritOfTable.apply(entry.position().table());
      String replacement = deprecation.get().replacedBy().get();
      if (!byCode.containsKey(replacement)) {
        problems.add(
            Problem.at(
                Message.UNKNOWN_REPLACEMENT,
                culprit,
                deprecation.get().position(),
                entry.code(),
                replacement));
        continue;
      }
      List<String> cycle = cycleThrough(entry, byCode);
      if (!cycle.isEmpty() && !inReportedCycle.contains(entry.code())) {
        // One report per cycle, at the first of its codes in table order.
        inReportedCycle.addAll(cycle);
        problems.add(
            Problem.at(
                Message.REPLACEMENT_CYCLE,
                culprit,
                deprecation.get().position(),
                entry.code(),
                String.join(" -> ", cycle) + " -> " + entry.code()));
      }
    }
  }

  /** The codes of the cycle that leads from {@code start} back to it, or empty. */
  private static List<String> cycleThrough(Entry start, Map<String, Entry> byCode) {
    Set<String> seen = new LinkedHashSet<>();
    Entry current = start;
    while (current != null && seen.add(current.code())) {
      current =
          current.deprecation().flatMap(Deprecation::replacedBy).map(byCode::get).orElse(null);
      if (current != null && current.code().equals(start.code())) {
        return new ArrayList<>(seen);
      }
    }
    return List.of();
  }
}
