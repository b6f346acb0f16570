package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** The extra classes of a catalog too large for one: constant holders and lookup parts. */
final class ShardRenderer {

  private final CatalogLayout layout;
  private final Optional<AnnotationSpec> generated;

  ShardRenderer(CatalogLayout layout, Optional<AnnotationSpec> generated) {
    this.layout = layout;
    this.generated = generated;
  }

  /**
   * A public holder of constants, which creates its entries in one loop over packed fields, and
   * hands them to {@code all()} and, by position, to the lookup tables.
   */
  TypeSpec holder(CatalogLayout.Holder holder) {
    ClassName type = layout.type();
    ArrayTypeName array = ArrayTypeName.of(type);
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(holder.type())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(EntryDocs.ofHolder(layout, holder));
    generated.ifPresent(builder::addAnnotation);
    NameAllocator names = new NameAllocator();
    holder.entries().forEach(entry -> names.newName(entry.constantName(), entry.constantName()));
    String indices = names.newName("INDICES", "indices");
    String entries = names.newName("ENTRIES", "entries");

    PackedFieldsWriter fields = new PackedFieldsWriter();
    holder.entries().forEach(entry -> ConstantRenderer.pack(layout.catalog(), entry, fields));
    // One literal line per entry; javac folds each piece's lines into one constant.
    CodeBlock.Builder unpack = CodeBlock.builder().add("$T.unpack($N", type, indices);
    for (List<String> piece : fields.pieces()) {
      unpack.add(
          ",\n$>$>$L$<$<",
          piece.stream().map(StringLiterals::of).collect(CodeBlock.joining(" +\n")));
    }
    unpack.add(")");
    // Declared first: the constants below are read from it.
    builder
        .addField(
            FieldSpec.builder(
                    int[].class, indices, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The table index of each entry, filled by {@code unpack}.\n")
                .initializer("new int[$L]", holder.entries().size())
                .build())
        .addField(
            FieldSpec.builder(array, entries, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("This holder's entries, in table order.\n")
                .initializer(unpack.build())
                .build());
    for (int position = 0; position < holder.entries().size(); position++) {
      builder.addField(
          ConstantRenderer.holderConstant(
              layout, type, holder.entries().get(position), entries, position));
    }
    return builder
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("copyInto")
                .addJavadoc("Puts this holder's entries at their table indices.\n")
                .addModifiers(Modifier.STATIC)
                .addParameter(array, "table")
                .beginControlFlow(
                    "for (int position = 0; position < $N.length; position++)", entries)
                .addStatement("table[$N[position]] = $N[position]", indices, entries)
                .endControlFlow()
                .build())
        .addMethod(
            MethodSpec.methodBuilder("at")
                .addJavadoc(
                    "The entry at {@code position} in this holder, for the lookup tables.\n")
                .addModifiers(Modifier.STATIC)
                .returns(type)
                .addParameter(int.class, "position")
                .addStatement("return $N[position]", entries)
                .build())
        .build();
  }

  /**
   * A package-private lookup part: the perfect-hash table of a range of buckets, packed into string
   * literals, which the catalog type reads when the part is first used.
   */
  TypeSpec part(int index, LookupLayout.Group group) {
    ClassName part = layout.part(index);
    LookupLayout lookup = layout.lookup();
    int firstBucket = index << lookup.partShift();
    List<LookupPlan.Bucket> buckets = group.buckets();
    List<String> lines =
        CodeTableEncoder.encode(buckets, firstBucket, lookup.partShift(), layout::place);
    CodeBlock.Builder table =
        CodeBlock.builder().add("new $T($L", CatalogTypeRenderer.CODE_TABLE, lookup.partShift());
    for (String line : lines) {
      table.add(",\n$>$>$S$<$<", line); // Base64: nothing to escape
    }
    table.add(")");
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(part)
            .addModifiers(Modifier.FINAL)
            .addJavadoc(
                "The lookup of codes in buckets $L to $L of {@link $T}: a perfect-hash table"
                    + " found at compile time\n(see {@link $T}), read when the first such code is"
                    + " looked up.\n",
                firstBucket,
                firstBucket + (1 << lookup.partShift()) - 1,
                layout.type(),
                CatalogTypeRenderer.CODE_TABLE);
    generated.ifPresent(builder::addAnnotation);
    return builder
        .addField(
            FieldSpec.builder(
                    CatalogTypeRenderer.CODE_TABLE, "TABLE", Modifier.STATIC, Modifier.FINAL)
                .initializer(table.build())
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }
}
