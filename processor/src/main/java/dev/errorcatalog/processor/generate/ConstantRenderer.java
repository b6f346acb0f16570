package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Entry;
import javax.lang.model.element.Modifier;

/**
 * One public constant per code, documented with everything its table says. Only the default-locale
 * message is built into the class; other texts stay in the bundles.
 */
final class ConstantRenderer {

  private ConstantRenderer() {}

  /** The constant of {@code entry}, an instance of {@code type}. */
  static FieldSpec constant(CatalogLayout layout, ClassName type, Entry entry) {
    Catalog catalog = layout.catalog();
    String message = entry.message().textIn(catalog.defaultLocale()).orElseThrow();
    CodeBlock initializer =
        CodeBlock.of(
            "new $T($L,$W$L,$W$L,$W$L,$W$L)",
            type,
            StringLiterals.of(entry.code()),
            StringLiterals.of(entry.catalogId()),
            entry.status().isPresent() ? entry.status().getAsInt() : -1,
            StringLiterals.of(entry.category().orElse(null)),
            StringLiterals.of(message));
    return declaration(layout, type, entry).initializer(initializer).build();
  }

  /**
   * The constant of {@code entry} in a holder, which creates its entries from packed fields:
   * element {@code position} of the holder's array {@code entries}.
   */
  static FieldSpec holderConstant(
      CatalogLayout layout, ClassName type, Entry entry, String entries, int position) {
    return declaration(layout, type, entry).initializer("$N[$L]", entries, position).build();
  }

  /** The constant's declaration, documented, and {@code @Deprecated} where the table says so. */
  private static FieldSpec.Builder declaration(CatalogLayout layout, ClassName type, Entry entry) {
    FieldSpec.Builder field =
        FieldSpec.builder(
                type, entry.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(EntryDocs.of(layout, entry));
    if (entry.deprecation().isPresent()) {
      field.addAnnotation(Deprecated.class);
    }
    return field;
  }

  /** The fields of {@code entry} as the catalog type's {@code unpack} reads them. */
  static void pack(Catalog catalog, Entry entry, PackedFieldsWriter fields) {
    fields
        .number(entry.index())
        .text(entry.code())
        .text(entry.catalogId())
        .number(entry.status().isPresent() ? entry.status().getAsInt() : -1)
        .text(entry.category().orElse(null))
        .text(entry.message().textIn(catalog.defaultLocale()).orElseThrow())
        .endRecord();
  }
}
