package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Entry;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** The extra classes of a catalog too large for one: constant holders and lookup parts. */
final class ShardRenderer {

  private final CatalogLayout layout;
  private final Optional<AnnotationSpec> generated;
  private final LookupRenderer lookup;

  ShardRenderer(CatalogLayout layout, Optional<AnnotationSpec> generated) {
    this.layout = layout;
    this.generated = generated;
    this.lookup = new LookupRenderer(layout);
  }

  /** A public holder of constants, which also hands them to {@code all()}. */
  TypeSpec holder(CatalogLayout.Holder holder) {
    ClassName type = layout.type();
    TypeSpec.Builder builder = TypeSpec.classBuilder(holder.type())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(EntryDocs.ofHolder(layout, holder));
    generated.ifPresent(builder::addAnnotation);
    MethodSpec.Builder copyInto = MethodSpec.methodBuilder("copyInto")
        .addJavadoc("Puts this holder's entries at their table positions.\n")
        .addModifiers(Modifier.STATIC)
        .addParameter(ArrayTypeName.of(type), "table");
    for (Entry entry : holder.entries()) {
      builder.addField(ConstantRenderer.constant(layout.catalog(), type, entry));
      copyInto.addStatement("table[$L] = $N", entry.index(), entry.constantName());
    }
    return builder
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(copyInto.build())
        .build();
  }

  /** A package-private lookup part: the switches of a range of buckets. */
  TypeSpec part(int index, List<LookupPlan.Bucket> buckets) {
    ClassName part = layout.part(index);
    TypeSpec.Builder builder = TypeSpec.classBuilder(part)
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Lookup buckets $L to $L of {@link $T}.\n",
            buckets.get(0).number(), buckets.get(buckets.size() - 1).number(), layout.type());
    generated.ifPresent(builder::addAnnotation);
    return builder
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(lookup.partFind(buckets))
        .addMethods(lookup.bucketMethods(buckets, part))
        .build();
  }
}
