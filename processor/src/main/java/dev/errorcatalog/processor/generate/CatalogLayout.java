package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.CodeSyntax;
import dev.errorcatalog.processor.model.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each piece of a catalog goes, so that no class or method meets a javac or HotSpot limit at
 * any size.
 *
 * <p>A catalog of at most {@value #CONSTANTS_PER_CLASS} codes is one class: its constants, its
 * lookup methods and its API. A larger one cannot be (javac rejects a class with more than about
 * 3,450 static object fields: its static initializer grows past 64 KiB), so its constants move to
 * public holder classes of at most {@value #CONSTANTS_PER_CLASS} constants each, named after the
 * constant-name prefix they share ({@code OcrErrors_AIS_01} holds {@code AIS_01xx}), and its lookup
 * switches to package-private parts. A holder is initialized, and its entries created, only when
 * first used, so the first lookup loads one part and one holder. {@link LookupLayout} decides how
 * the lookup's switches fall into methods and parts.
 */
final class CatalogLayout {

  /** The most constants in one class: its static initializer stays near 50 KiB. */
  static final int CONSTANTS_PER_CLASS = 2_000;

  private final Catalog catalog;
  private final ClassName type;
  private final LookupLayout lookup;
  private final List<Holder> holders;
  private final Map<String, Place> placeByCode;

  /**
   * A public class holding constants of a large catalog.
   *
   * @param type the holder
   * @param prefix the constant-name prefix its constants share
   * @param entries its entries, in table order
   */
  record Holder(ClassName type, String prefix, List<Entry> entries) {}

  /**
   * Where a constant of a large catalog is: the lookup tables point at entries this way.
   *
   * @param holder the index of its holder in {@link #holders()}
   * @param position its index among the holder's entries
   */
  record Place(int holder, int position) {}

  private CatalogLayout(Catalog catalog) {
    this.catalog = catalog;
    this.type = ClassName.get(catalog.packageName(), catalog.name());
    this.holders = new ArrayList<>();
    if (catalog.entries().size() > CONSTANTS_PER_CLASS) {
      List<Entry> byName = new ArrayList<>(catalog.entries());
      byName.sort(Comparator.comparing(Entry::constantName));
      split("", byName);
    }
    LookupPlan plan = LookupPlan.of(catalog.entries());
    this.lookup = holders.isEmpty() ? LookupLayout.ofSwitches(plan) : LookupLayout.ofTables(plan);
    this.placeByCode = new LinkedHashMap<>();
    for (int h = 0; h < holders.size(); h++) {
      Holder holder = holders.get(h);
      for (int position = 0; position < holder.entries().size(); position++) {
        Entry entry = holder.entries().get(position);
        placeByCode.put(entry.code(), new Place(h, position));
      }
    }
  }

  /** Lays out {@code catalog}. */
  static CatalogLayout of(Catalog catalog) {
    return new CatalogLayout(catalog);
  }

  Catalog catalog() {
    return catalog;
  }

  /** The generated catalog type. */
  ClassName type() {
    return type;
  }

  /** The lookup's switches, by method and part. */
  LookupLayout lookup() {
    return lookup;
  }

  /** Whether the constants live in holders rather than in the catalog type. */
  boolean isSharded() {
    return !holders.isEmpty();
  }

  /** The holders, in constant-name order; empty for a catalog of one class. */
  List<Holder> holders() {
    return holders;
  }

  /** Where the constant of {@code entry} is in a sharded catalog; {@code null} in another. */
  Place place(Entry entry) {
    return placeByCode.get(entry.code());
  }

  /**
   * The Javadoc reference to the constant of {@code code}, such as a deprecated code's replacement:
   * {@code #AIS_0102} in a catalog of one class, {@code OcrErrors_AIS#AIS_0102} in a sharded one.
   */
  String constantReference(String code) {
    String name = CodeSyntax.constantName(code);
    Place place = placeByCode.get(code);
    return place == null
        ? "#" + name
        : holders.get(place.holder()).type().simpleName() + "#" + name;
  }

  /** The lookup part class of part {@code index}. */
  ClassName part(int index) {
    return type.peerClass(catalog.name() + "_Lookup" + index);
  }

  /**
   * Splits constants sorted by name into holders by shared prefix, one character deeper each time a
   * group is too large. Names are distinct, so this ends.
   */
  private void split(String prefix, List<Entry> byName) {
    if (byName.size() <= CONSTANTS_PER_CLASS) {
      holders.add(holder(prefix, byName));
      return;
    }
    Map<Character, List<Entry>> byNextChar = new TreeMap<>();
    for (Entry entry : byName) {
      String name = entry.constantName();
      if (name.length() == prefix.length()) {
        holders.add(holder(prefix, List.of(entry)));
      } else {
        byNextChar.computeIfAbsent(name.charAt(prefix.length()), c -> new ArrayList<>()).add(entry);
      }
    }
    byNextChar.forEach((next, group) -> split(prefix + next, group));
  }

  private Holder holder(String prefix, List<Entry> entries) {
    List<Entry> inTableOrder = new ArrayList<>(entries);
    inTableOrder.sort(Comparator.comparingInt(Entry::index));
    return new Holder(type.peerClass(catalog.name() + "_" + prefix), prefix, inTableOrder);
  }
}
