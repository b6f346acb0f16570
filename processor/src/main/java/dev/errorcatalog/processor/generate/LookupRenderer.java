package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.errorcatalog.processor.model.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Renders the generated lookup of a {@link LookupPlan}: a {@code find} method that hashes the code
 * once and switches to its bucket (directly, or through a lookup part in a large catalog), and one
 * small method per bucket whose dense {@code switch} compares a single hash and string.
 */
final class LookupRenderer {

  private static final String CODE = "code";
  private static final String HASH = "hash";
  private static final String BUCKET = "bucket";

  private final CatalogLayout layout;

  LookupRenderer(CatalogLayout layout) {
    this.layout = layout;
  }

  /** The catalog type's {@code find(String)}: the entry of a non-null code, or {@code null}. */
  MethodSpec find() {
    ClassName type = layout.type();
    LookupPlan plan = layout.lookup();
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("int $N = $N.hashCode()", HASH, CODE)
        .addStatement("int $N = ($N * $L) >>> $L", BUCKET, HASH,
            hex(LookupPlan.BUCKET_MULTIPLIER), 32 - plan.bucketBits());
    if (layout.isSharded()) {
      body.add("return switch ($N >>> $L) {\n$>", BUCKET, layout.partShift());
      for (int part : layout.parts().keySet()) {
        body.add("case $L -> $T.find($N, $N, $N);\n", part, layout.part(part), CODE, HASH, BUCKET);
      }
    } else {
      body.add("return switch ($N) {\n$>", BUCKET);
      for (LookupPlan.Bucket bucket : plan.buckets()) {
        body.add("case $L -> $N($N, $N);\n", bucket.number(), bucketMethodName(bucket), CODE, HASH);
      }
    }
    body.add("default -> null;\n$<};\n");
    return MethodSpec.methodBuilder("find")
        .addJavadoc("The entry of {@code $N}, or {@code null}: the bucket of its hash, then that"
            + " bucket's switch.\n", CODE)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(String.class, CODE)
        .addCode(body.build())
        .build();
  }

  /** A lookup part's {@code find}: the switch from bucket number to bucket method. */
  MethodSpec partFind(List<LookupPlan.Bucket> buckets) {
    CodeBlock.Builder body = CodeBlock.builder().add("return switch ($N) {\n$>", BUCKET);
    for (LookupPlan.Bucket bucket : buckets) {
      body.add("case $L -> $N($N, $N);\n", bucket.number(), bucketMethodName(bucket), CODE, HASH);
    }
    body.add("default -> null;\n$<};\n");
    return MethodSpec.methodBuilder("find")
        .addModifiers(Modifier.STATIC)
        .returns(layout.type())
        .addParameter(String.class, CODE)
        .addParameter(int.class, HASH)
        .addParameter(int.class, BUCKET)
        .addCode(body.build())
        .build();
  }

  /** One method per bucket, declared in {@code declaringClass}. */
  List<MethodSpec> bucketMethods(List<LookupPlan.Bucket> buckets, ClassName declaringClass) {
    List<MethodSpec> methods = new ArrayList<>(buckets.size());
    for (LookupPlan.Bucket bucket : buckets) {
      CodeBlock.Builder body = CodeBlock.builder()
          .add("return switch (($N * $L) >>> $L) {\n$>", HASH, hex(bucket.seed()),
              32 - bucket.tableBits());
      for (LookupPlan.Slot slot : bucket.slots()) {
        body.add("case $L -> $L;\n", slot.value(), slotExpression(slot, declaringClass));
      }
      body.add("default -> null;\n$<};\n");
      methods.add(MethodSpec.methodBuilder(bucketMethodName(bucket))
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(layout.type())
          .addParameter(String.class, CODE)
          .addParameter(int.class, HASH)
          .addCode(body.build())
          .build());
    }
    return methods;
  }

  private CodeBlock slotExpression(LookupPlan.Slot slot, ClassName declaringClass) {
    List<Entry> entries = slot.entries();
    if (entries.size() == 1) {
      Entry entry = entries.get(0);
      return CodeBlock.of("$N == $L && $N.equals($S) ? $L : null",
          HASH, slot.hash(), CODE, entry.code(), reference(entry, declaringClass));
    }
    // Codes with equal hashCode() share the slot: compare them in table order.
    CodeBlock.Builder expression = CodeBlock.builder()
        .add("$N != $L ? null", HASH, slot.hash());
    for (Entry entry : entries) {
      expression.add(" : $N.equals($S) ? $L", CODE, entry.code(), reference(entry, declaringClass));
    }
    return expression.add(" : null").build();
  }

  private CodeBlock reference(Entry entry, ClassName from) {
    ClassName home = layout.home(entry);
    return home.equals(from)
        ? CodeBlock.of("$N", entry.constantName())
        : CodeBlock.of("$T.$N", home, entry.constantName());
  }

  private static String bucketMethodName(LookupPlan.Bucket bucket) {
    return "bucket" + bucket.number();
  }

  private static String hex(int value) {
    return String.format(Locale.ROOT, "0x%08x", value);
  }
}
