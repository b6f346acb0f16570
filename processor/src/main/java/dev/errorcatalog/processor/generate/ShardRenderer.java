package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** The extra classes of a catalog too large for one: constant holders and lookup parts. */
final class ShardRenderer {

  static final ClassName CODE_TABLE = ClassName.get("dev.errorcatalog.runtime", "CodeTable");

  private final CatalogLayout layout;
  private final Optional<AnnotationSpec> generated;
  private final LookupRenderer lookupRenderer;

  ShardRenderer(CatalogLayout layout, Optional<AnnotationSpec> generated) {
    this.layout = layout;
    this.generated = generated;
    this.lookupRenderer = new LookupRenderer(layout);
  }

  /**
   * A public holder of constants, which also hands them to {@code all()} and, by position, to the
   * lookup tables.
   */
  TypeSpec holder(CatalogLayout.Holder holder) {
    ClassName type = layout.type();
    ArrayTypeName array = ArrayTypeName.of(type);
    TypeSpec.Builder builder = TypeSpec.classBuilder(holder.type())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(EntryDocs.ofHolder(layout, holder));
    generated.ifPresent(builder::addAnnotation);
    NameAllocator names = new NameAllocator();
    holder.entries().forEach(entry -> names.newName(entry.constantName(), entry.constantName()));
    String byPosition = names.newName("BY_POSITION", "byPosition");
    MethodSpec.Builder copyInto = MethodSpec.methodBuilder("copyInto")
        .addJavadoc("Puts this holder's entries at their table positions.\n")
        .addModifiers(Modifier.STATIC)
        .addParameter(array, "table");
    List<CodeBlock> constants = new ArrayList<>();
    for (Entry entry : holder.entries()) {
      builder.addField(ConstantRenderer.constant(layout.catalog(), type, entry));
      copyInto.addStatement("table[$L] = $N", entry.index(), entry.constantName());
      constants.add(CodeBlock.of("$N", entry.constantName()));
    }
    // A method of its own: in the static initializer, the array would push it past 64 KiB.
    MethodSpec entries = MethodSpec.methodBuilder("entries")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(array)
        .addStatement("return new $T[] {$>$>\n$L$<$<}", type, CodeBlock.join(constants, ",$W"))
        .build();
    return builder
        .addField(FieldSpec.builder(array, byPosition, Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .initializer("$N()", entries)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(copyInto.build())
        .addMethod(MethodSpec.methodBuilder("at")
            .addJavadoc("The entry at {@code position} in this holder, for the lookup tables.\n")
            .addModifiers(Modifier.STATIC)
            .returns(type)
            .addParameter(int.class, "position")
            .addStatement("return $N[position]", byPosition)
            .build())
        .addMethod(entries)
        .build();
  }

  /**
   * A package-private lookup part: the perfect-hash table of a range of buckets, packed into
   * string literals, and the loop over its candidates.
   */
  TypeSpec part(int index, LookupLayout.Group group) {
    ClassName part = layout.part(index);
    LookupLayout lookup = layout.lookup();
    int firstBucket = index << lookup.partShift();
    List<LookupPlan.Bucket> buckets = group.buckets();
    List<String> lines = CodeTableEncoder.encode(
        buckets, firstBucket, lookup.partShift(), layout::place);
    CodeBlock.Builder table = CodeBlock.builder()
        .add("new $T($L", CODE_TABLE, lookup.partShift());
    for (String line : lines) {
      table.add(",\n$>$>$S$<$<", line); // Base64: nothing to escape
    }
    table.add(")");
    TypeSpec.Builder builder = TypeSpec.classBuilder(part)
        .addModifiers(Modifier.FINAL)
        .addJavadoc("The lookup of codes in buckets $L to $L of {@link $T}: a perfect-hash table"
            + " found at compile time\n(see {@link $T}), read when the first such code is"
            + " looked up.\n", firstBucket, firstBucket + (1 << lookup.partShift()) - 1,
            layout.type(), CODE_TABLE);
    generated.ifPresent(builder::addAnnotation);
    return builder
        .addField(FieldSpec.builder(CODE_TABLE, "TABLE", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .initializer(table.build())
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(lookupRenderer.tableFind(part))
        .build();
  }
}
