package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Catalog;
import java.util.List;
import java.util.Optional;

/**
 * Where the constants and the lookup of a catalog go, so that no class or method meets a javac or
 * HotSpot limit at any size, while the public API stays the same: every constant is a member of the
 * catalog type ({@code OcrErrors.AIS_0014}), and {@code lookup}, {@code all} and the {@code
 * ErrorCode} methods are the catalog type's. {@link CatalogTypeRenderer} writes that API and asks
 * the layout for the rest. There are two layouts, chosen by size alone:
 *
 * <ul>
 *   <li>{@link SwitchLayout}, up to {@value #CONSTANTS_PER_CLASS} codes: one class, whose constants
 *       are its own fields and whose lookup is {@code switch} statements.
 *   <li>{@link TableLayout}, past that: the constants are fields of public interfaces the catalog
 *       type implements, created from packed text by package-private part classes, and the lookup
 *       reads perfect-hash tables ({@code dev.errorcatalog.runtime.CodeTable}).
 * </ul>
 *
 * <p>The nouns of both layouts:
 *
 * <ul>
 *   <li><b>bucket</b>: a code's {@code hashCode()} picks one of {@code 2^bucketBits} buckets of
 *       about eight codes ({@link LookupPlan}, hashing defined by {@code
 *       dev.errorcatalog.runtime.CodeHash}).
 *   <li><b>slot</b>: within a bucket, a seed chosen at compile time sends each hash to a slot of
 *       its own, so a lookup compares one hash and one string.
 *   <li><b>group</b>: in the switch layout, a run of buckets that one method switches over ({@link
 *       LookupLayout}), sized for HotSpot to compile it.
 *   <li><b>part</b>: in the table layout, a range of buckets whose entries, table and constants are
 *       loaded together, on first use.
 * </ul>
 */
sealed interface CatalogLayout permits SwitchLayout, TableLayout {

  /**
   * The most constants the catalog type declares itself: its static initializer creates each with a
   * constructor call, and stays near 50 KiB (javac rejects one of 64 KiB, about 3,450 constants).
   */
  int CONSTANTS_PER_CLASS = 2_000;

  /** Lays out {@code catalog}. */
  static CatalogLayout of(Catalog catalog) {
    ClassName type = ClassName.get(catalog.packageName(), catalog.name());
    LookupPlan plan = LookupPlan.of(catalog.entries());
    return catalog.entries().size() <= CONSTANTS_PER_CLASS
        ? new SwitchLayout(catalog, type, LookupLayout.ofSwitches(plan))
        : new TableLayout(catalog, type, LookupLayout.ofTables(plan));
  }

  Catalog catalog();

  /** The generated catalog type. */
  ClassName type();

  /** How the lookup's buckets fall into groups or parts. */
  LookupLayout lookup();

  /** The types, besides {@code ErrorCode}, that the catalog type implements. */
  List<TypeName> superinterfaces();

  /** Adds to the catalog type the constants it declares itself, if any. */
  void addConstants(TypeSpec.Builder catalogType);

  /**
   * Adds to the catalog type its {@code find(String)} (the entry of a non-null code, or {@code
   * null}) and what {@code find} needs.
   *
   * @param names the catalog type's names so far, constant names first
   */
  void addLookup(TypeSpec.Builder catalogType, NameAllocator names);

  /**
   * The initializer of the list {@code all()} returns, in the catalog type's nested class {@code
   * All}, to which this adds any method it calls.
   */
  CodeBlock allEntries(TypeSpec.Builder allClass, TypeName listType);

  /** The other types of the catalog, in a stable order. */
  List<TypeSpec> companionTypes(Optional<AnnotationSpec> generated);
}
