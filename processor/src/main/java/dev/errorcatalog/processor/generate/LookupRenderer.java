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
 * Renders the lookup of a {@link SwitchLayout}: a {@code find} method that hashes the code once and
 * picks its bucket, then a nested {@code switch} per group of buckets: the outer switch selects the
 * bucket, the inner one the slot that the bucket's seed gives the hash, and the case compares a
 * single hash and string. A catalog of one group has it in {@code find}; a larger one calls group
 * methods.
 *
 * <p>Why not javac's own {@code switch (code)}: it also hashes first, but then switches over every
 * hash in one method (a {@code lookupswitch}, a binary search) and, for a catalog of more than a
 * few hundred codes, outgrows the 8,000 bytes of bytecode past which HotSpot never compiles a
 * method; here every method stays under {@value LookupLayout#METHOD_BYTES} bytes and every switch
 * is a dense {@code tableswitch}.
 */
final class LookupRenderer {

  private static final String CODE = "code";
  private static final String HASH = "hash";
  private static final String BUCKET = "bucket";

  private final ClassName type;
  private final LookupLayout lookup;

  LookupRenderer(ClassName type, LookupLayout lookup) {
    this.type = type;
    this.lookup = lookup;
  }

  /** The catalog type's {@code find(String)}: the entry of a non-null code, or {@code null}. */
  MethodSpec find() {
    CodeBlock body =
        CodeBlock.builder()
            .addStatement("int $N = $N.hashCode()", HASH, CODE)
            .addStatement(
                "int $N = $T.bucket($N, $L)",
                BUCKET,
                CatalogTypeRenderer.CODE_HASH,
                HASH,
                lookup.plan().bucketBits())
            .add(dispatch(lookup.groups()))
            .build();
    return MethodSpec.methodBuilder("find")
        .addJavadoc(
            "The entry of {@code $N}, or {@code null}: the bucket of its hash, then that bucket's"
                + " switch.\n",
            CODE)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(String.class, CODE)
        .addCode(body)
        .build();
  }

  /**
   * The group methods that {@link #find} calls in a catalog of one class; none where a single group
   * is switched over in place.
   */
  List<MethodSpec> groupMethods(List<LookupLayout.Group> groups) {
    if (groups.size() == 1) {
      return List.of();
    }
    List<MethodSpec> methods = new ArrayList<>(groups.size());
    for (LookupLayout.Group group : groups) {
      List<LookupPlan.Bucket> buckets = group.buckets();
      methods.add(
          MethodSpec.methodBuilder(groupMethodName(group))
              .addJavadoc(
                  "Buckets $L to $L.\n",
                  buckets.get(0).number(),
                  buckets.get(buckets.size() - 1).number())
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(type)
              .addParameter(String.class, CODE)
              .addParameter(int.class, HASH)
              .addParameter(int.class, BUCKET)
              .addCode(bucketSwitch(buckets))
              .build());
    }
    return methods;
  }

  /**
   * One group's switch in place, or a switch from bucket to group method. Groups are runs of
   * buckets of any length, so each bucket is a label; the labels are dense, so javac makes this one
   * {@code tableswitch}.
   */
  private CodeBlock dispatch(List<LookupLayout.Group> groups) {
    if (groups.size() == 1) {
      return bucketSwitch(groups.get(0).buckets());
    }
    CodeBlock.Builder body = CodeBlock.builder().add("return switch ($N) {\n$>", BUCKET);
    for (LookupLayout.Group group : groups) {
      CodeBlock labels =
          group.buckets().stream()
              .map(bucket -> CodeBlock.of("$L", bucket.number()))
              .collect(CodeBlock.joining(",$W"));
      body.add("case $L -> $N($N, $N, $N);\n", labels, groupMethodName(group), CODE, HASH, BUCKET);
    }
    return body.add("default -> null;\n$<};\n").build();
  }

  /**
   * The switch over bucket numbers; each bucket's case switches over the slots its seed gives,
   * unless the bucket has a single slot.
   */
  private CodeBlock bucketSwitch(List<LookupPlan.Bucket> buckets) {
    CodeBlock.Builder body = CodeBlock.builder().add("return switch ($N) {\n$>", BUCKET);
    for (LookupPlan.Bucket bucket : buckets) {
      List<LookupPlan.Slot> slots = bucket.slots();
      if (slots.size() == 1) {
        body.add("case $L -> $L;\n", bucket.number(), slotExpression(slots.get(0)));
        continue;
      }
      body.add(
          "case $L -> switch ($T.slot($N, $L, $L)) {\n$>",
          bucket.number(),
          CatalogTypeRenderer.CODE_HASH,
          HASH,
          hex(bucket.seed()),
          bucket.tableBits());
      for (LookupPlan.Slot slot : slots) {
        body.add("case $L -> $L;\n", slot.value(), slotExpression(slot));
      }
      body.add("default -> null;\n$<};\n");
    }
    return body.add("default -> null;\n$<};\n").build();
  }

  private CodeBlock slotExpression(LookupPlan.Slot slot) {
    List<Entry> entries = slot.entries();
    if (entries.size() == 1) {
      Entry entry = entries.get(0);
      return CodeBlock.of(
          "$N == $L && $N.equals($S) ? $N : null",
          HASH,
          slot.hash(),
          CODE,
          entry.code(),
          entry.constantName());
    }
    // Codes with equal hashCode() share the slot: compare them in table order.
    CodeBlock.Builder expression = CodeBlock.builder().add("$N != $L ? null", HASH, slot.hash());
    for (Entry entry : entries) {
      expression.add(" : $N.equals($S) ? $N", CODE, entry.code(), entry.constantName());
    }
    return expression.add(" : null").build();
  }

  private static String groupMethodName(LookupLayout.Group group) {
    return "group" + group.number();
  }

  private static String hex(int value) {
    return String.format(Locale.ROOT, "0x%08x", value);
  }
}
