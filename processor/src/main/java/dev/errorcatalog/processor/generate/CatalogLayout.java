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
 *   <li>{@link OneClassLayout}, up to {@value #CONSTANTS_PER_CLASS} codes: one class, whose
 *       constants are its own fields, with one table for the lookup.
 *   <li>{@link EntryFileLayout}, past that: the constants are fields of public interfaces the
 *       catalog type implements, and the entries and the table are data in a resource, the entries
 *       file, read on first use.
 * </ul>
 *
 * <p>Both look a code up the same way, in the nouns used throughout this package:
 *
 * <ul>
 *   <li><b>bucket</b>: a code's {@code hashCode()} picks one of {@code 2^bucketBits} buckets of
 *       about eight codes ({@link LookupPlan}; {@code dev.errorcatalog.runtime.CodeHash} defines
 *       the hashing for the processor and the generated code alike).
 *   <li><b>slot</b>: within a bucket, a seed chosen at compile time sends each hash to a slot of
 *       its own, so a lookup compares one hash and one string.
 * </ul>
 *
 * <p>{@link CodeTableEncoder} arranges both tables; a small catalog reads its table from Base64 in
 * its class ({@code dev.errorcatalog.runtime.CodeTable}), a large one from its entries file ({@code
 * dev.errorcatalog.runtime.EntryFile}).
 *
 * <p>Why tables and not {@code switch}: a lookup through {@code switch} statements, one per bucket
 * and slot, took 2.2 times as long as a {@code HashMap} for random codes of a 346-code catalog
 * (README, Benchmarks), as each lookup takes two indirect jumps the CPU cannot predict; javac's own
 * {@code switch (code)} is a binary search over every hash, and past a few hundred codes a method
 * HotSpot never compiles. A table lookup reads the bucket's record and the slot's hash.
 */
sealed interface CatalogLayout permits OneClassLayout, EntryFileLayout {

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
        ? new OneClassLayout(catalog, type, plan)
        : new EntryFileLayout(catalog, type, plan);
  }

  Catalog catalog();

  /** The generated catalog type. */
  ClassName type();

  /** The lookup's hashing of the catalog's codes. */
  LookupPlan plan();

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

  /**
   * The Javadoc reference to the constant of {@code code} from the Javadoc of any constant, such as
   * a deprecated code's replacement.
   */
  String constantReference(String code);

  /** The other types of the catalog, in a stable order. */
  List<TypeSpec> companionTypes(Optional<AnnotationSpec> generated);

  /** The files besides sources that the layout needs at run time, in a stable order. */
  List<GeneratedFile> companionFiles();
}
