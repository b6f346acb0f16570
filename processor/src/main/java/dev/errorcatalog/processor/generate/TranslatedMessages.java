package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.GeneratedMembers;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The messages of a catalog in its locales besides the default, compiled into the catalog type, so
 * that {@code message(Locale)} reads no resource bundle: at 100,000 codes, {@code getBundle} parses
 * a root bundle of megabytes for a text the entry already holds. The bundles stay, for the other
 * texts and for users who read them.
 *
 * <ul>
 *   <li>The default locale's message is the entry's {@code message} field.
 *   <li>{@code dev.errorcatalog.runtime.CatalogLocales} lists the other locales that have messages
 *       and gives, per requested locale, those that answer it, in the bundles' fallback order.
 *   <li>Private nested <b>message holders</b> {@code Messages0}, {@code Messages1}, ... each keep
 *       the messages of up to {@value #ENTRIES_PER_HOLDER} entries, by ordinal in table order, in
 *       every such locale, packed as {@code dev.errorcatalog.runtime.PackedFields}; a holder is
 *       loaded on the first message asked of one of its entries in one of these locales. Nested and
 *       private: no user names them, and they neither show in the package nor depend on the layout,
 *       so both layouts share them.
 * </ul>
 *
 * <p>A holder's initializer calls the runtime only, never the catalog type, so class initialization
 * still runs one way (see {@link EntryFileLayout}).
 */
final class TranslatedMessages {

  /**
   * The most entries of one holder: the first message in Chinese of a 100,000-code catalog unpacks
   * 1,000 entries' texts, not 100,000.
   */
  static final int ENTRIES_PER_HOLDER = 1_000;

  /** The widest comment line of a member of a nested type: 100 less its indent and {@code * }. */
  private static final int NESTED_MEMBER_DOC_WIDTH = 100 - 7;

  private static final ClassName CATALOG_LOCALES =
      ClassName.get("dev.errorcatalog.runtime", "CatalogLocales");

  private final Catalog catalog;

  /** The locales besides the default in which some entry has a message, in catalog order. */
  private final List<Locale> locales;

  /** The name of the catalog type's {@code CatalogLocales} field. */
  private final String localesField;

  /**
   * @param names the catalog type's names so far, constant names first
   */
  TranslatedMessages(Catalog catalog, NameAllocator names) {
    this.catalog = catalog;
    this.locales =
        catalog.locales().stream()
            .filter(locale -> !locale.equals(catalog.defaultLocale()))
            .filter(
                locale ->
                    catalog.entries().stream()
                        .anyMatch(entry -> entry.message().textIn(locale).isPresent()))
            .toList();
    this.localesField = locales.isEmpty() ? "" : names.newName("LOCALES", "locales");
  }

  /** The catalog's {@code message(Locale)}. */
  MethodSpec messageMethod() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("message")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addParameter(Locale.class, "locale");
    if (locales.isEmpty()) {
      return method
          .addComment("The catalog has messages in its default locale only.")
          .addStatement("return message")
          .build();
    }
    return method
        .addStatement("int[] chain = $N.chain(locale)", localesField)
        .beginControlFlow("if (chain.length == 0)")
        .addStatement("return message")
        .endControlFlow()
        .addStatement("$T[] texts = $L", String.class, holderTexts())
        .addStatement("int first = $L", firstText())
        .beginControlFlow("for (int index : chain)")
        .addStatement("$T text = texts[first + index]", String.class)
        .beginControlFlow("if (text != null)")
        .addStatement("return text")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return message")
        .build();
  }

  /** Where this entry's texts start among its holder's: each entry has one per locale. */
  private CodeBlock firstText() {
    CodeBlock position =
        holderCount() == 1
            ? CodeBlock.of("ordinal")
            : CodeBlock.of("ordinal % $L", ENTRIES_PER_HOLDER);
    return locales.size() == 1 ? position : CodeBlock.of("$L * $L", position, locales.size());
  }

  /** The texts of the holder of this entry. */
  private CodeBlock holderTexts() {
    return holderCount() == 1
        ? CodeBlock.of("$N.TEXTS", holderName(0))
        : CodeBlock.of("messages(ordinal / $L)", ENTRIES_PER_HOLDER);
  }

  /**
   * Adds to the catalog type the locales field, the holders and, where there is more than one,
   * {@code messages(int)}, which picks one; nothing for a catalog without other locales.
   */
  void addTo(TypeSpec.Builder catalogType) {
    if (locales.isEmpty()) {
      return;
    }
    catalogType.addField(
        FieldSpec.builder(
                CATALOG_LOCALES, localesField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The locales besides the default in which messages are compiled in, in the order"
                    + " of each\nentry's texts in {@code Messages0} and on.\n")
            .initializer(
                "new $T($L)",
                CATALOG_LOCALES,
                locales.stream()
                    .map(locale -> CodeBlock.of("$S", locale.toLanguageTag()))
                    .collect(CodeBlock.joining(", ")))
            .build());
    if (holderCount() > 1) {
      catalogType.addMethod(holderSwitch());
    }
    for (int holder = 0; holder < holderCount(); holder++) {
      catalogType.addType(holder(holder));
    }
  }

  private int holderCount() {
    return (catalog.entries().size() + ENTRIES_PER_HOLDER - 1) / ENTRIES_PER_HOLDER;
  }

  private static String holderName(int holder) {
    return GeneratedMembers.MESSAGES + holder;
  }

  private MethodSpec holderSwitch() {
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (holder) {\n$>");
    for (int holder = 0; holder < holderCount(); holder++) {
      body.add("case $L -> $N.TEXTS;\n", holder, holderName(holder));
    }
    body.add("default -> throw new $T(holder);\n$<};\n", IndexOutOfBoundsException.class);
    return MethodSpec.methodBuilder("messages")
        .addJavadoc("The texts of message holder {@code holder}, loading it on its first use.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(String.class))
        .addParameter(int.class, "holder")
        .addCode(body.build())
        .build();
  }

  private TypeSpec holder(int holder) {
    int first = holder * ENTRIES_PER_HOLDER;
    List<Entry> entries =
        catalog
            .entries()
            .subList(first, Math.min(first + ENTRIES_PER_HOLDER, catalog.entries().size()));
    PackedFieldsWriter fields = new PackedFieldsWriter();
    for (Entry entry : entries) {
      locales.forEach(locale -> fields.text(entry.message().textIn(locale).orElse(null)));
      fields.endRecord();
    }
    CodeBlock unpack =
        CodeBlock.builder()
            .add("new $T(\n$>$>", CatalogTypeRenderer.PACKED_FIELDS)
            .add(CodeBlock.join(fields.literals(), ",\n"))
            .add(")\n.nextTexts($L)$<$<", entries.size() * locales.size())
            .build();
    String tags = locales.stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "));
    return TypeSpec.classBuilder(holderName(holder))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "$L\n",
            JavadocText.wrap(
                String.format(
                    Locale.ROOT,
                    "The messages of entries %d to %d in %s, loaded when the first of them is"
                        + " asked for.",
                    first,
                    first + entries.size() - 1,
                    tags),
                EntryDocs.MEMBER_DOC_WIDTH))
        .addField(
            FieldSpec.builder(String[].class, "TEXTS", Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                    "$L\n",
                    JavadocText.wrap(
                        "For each entry in table order, its message in "
                            + (locales.size() == 1 ? tags : "each of " + tags + " in turn")
                            + "; {@code null} where it has none.",
                        NESTED_MEMBER_DOC_WIDTH))
                .initializer(unpack)
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }
}
