package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.errorcatalog.processor.model.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Renders the generated lookup of a {@link LookupLayout}: a {@code find} method that hashes the
 * code once and picks its bucket. In a catalog of one class, a nested {@code switch} per group of
 * buckets follows: the outer switch selects the bucket, the inner one the slot that the bucket's
 * seed gives the hash, and the case compares a single hash and string. A small catalog's {@code
 * find} holds its one group itself; a larger one calls group methods. In a catalog too large for
 * one class, {@code find} reads the packed table of the bucket's lookup part instead (the same
 * buckets, seeds and slots), and reaches the entry through its holder.
 */
final class LookupRenderer {

  private static final String CODE = "code";
  private static final String HASH = "hash";
  private static final String BUCKET = "bucket";
  private static final String ENTRY = "entry";
  private static final String TABLES = "TABLES";
  private static final String TABLE_OF_PART = "table";
  private static final ClassName CODE_TABLE = CatalogTypeRenderer.CODE_TABLE;

  private final CatalogLayout layout;
  private final LookupLayout lookup;

  LookupRenderer(CatalogLayout layout) {
    this.layout = layout;
    this.lookup = layout.lookup();
  }

  /** The catalog type's {@code find(String)}: the entry of a non-null code, or {@code null}. */
  MethodSpec find() {
    CodeBlock.Builder body =
        CodeBlock.builder()
            .addStatement("int $N = $N.hashCode()", HASH, CODE)
            .addStatement(
                "int $N = ($N * $L) >>> $L",
                BUCKET,
                HASH,
                hex(LookupPlan.BUCKET_MULTIPLIER),
                32 - lookup.plan().bucketBits());
    if (layout.isSharded()) {
      ClassName type = layout.type();
      body.addStatement("int part = $N >>> $L", BUCKET, lookup.partShift())
          .addStatement("$T table = $N[part]", CODE_TABLE, TABLES)
          .beginControlFlow("if (table == null)")
          .add("// A race only reads the table twice: a CodeTable is immutable.\n")
          .addStatement("table = $N[part] = $N(part)", TABLES, TABLE_OF_PART)
          .endControlFlow()
          .beginControlFlow(
              "for (int slot = table.first($N, $N); slot >= 0;" + " slot = table.next(slot))",
              HASH,
              BUCKET)
          .addStatement("$T entry = $N(table.holder(slot), table.position(slot))", type, ENTRY)
          .beginControlFlow("if (entry.code.equals($N))", CODE)
          .addStatement("return entry")
          .endControlFlow()
          .endControlFlow()
          .addStatement("return null");
    } else {
      body.add(dispatch(lookup.groups()));
    }
    return MethodSpec.methodBuilder("find")
        .addJavadoc(
            "The entry of {@code $N}, or {@code null}: the bucket of its hash, then\n$L.\n",
            CODE,
            layout.isSharded() ? "the table of the bucket's part" : "that bucket's switch")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(layout.type())
        .addParameter(String.class, CODE)
        .addCode(body.build())
        .build();
  }

  /** The array that caches each part's table, in the catalog type of a large catalog. */
  FieldSpec tables() {
    int parts = 1 << (lookup.plan().bucketBits() - lookup.partShift());
    return FieldSpec.builder(
            ArrayTypeName.of(CODE_TABLE), TABLES, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The table of each lookup part, read when the part is first used.\n")
        .initializer("new $T[$L]", CODE_TABLE, parts)
        .build();
  }

  /** The switch from a part number to its class's table, run once per part. */
  MethodSpec tableOfPart() {
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (part) {\n$>");
    for (int part : lookup.parts().keySet()) {
      body.add("case $L -> $T.TABLE;\n", part, layout.part(part));
    }
    body.add("default -> $T.NONE;\n$<};\n", CODE_TABLE);
    return MethodSpec.methodBuilder(TABLE_OF_PART)
        .addJavadoc("The table of lookup part {@code part}, loading its class.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(CODE_TABLE)
        .addParameter(int.class, "part")
        .addCode(body.build())
        .build();
  }

  /**
   * The catalog type's {@code entry(holder, position)} for the lookup parts of a large catalog: a
   * switch over the holders, so that a lookup initializes only the holder of its code.
   */
  MethodSpec entryAt() {
    ClassName type = layout.type();
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (holder) {\n$>");
    List<CatalogLayout.Holder> holders = layout.holders();
    for (int h = 0; h < holders.size(); h++) {
      body.add("case $L -> $T.at(position);\n", h, holders.get(h).type());
    }
    body.add("default -> throw new $T(holder);\n$<};\n", IndexOutOfBoundsException.class);
    return MethodSpec.methodBuilder(ENTRY)
        .addJavadoc(
            "The entry at {@code position} in holder {@code holder}, numbered in"
                + " constant-name order.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(int.class, "holder")
        .addParameter(int.class, "position")
        .addCode(body.build())
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
              .returns(layout.type())
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
          "case $L -> switch (($N * $L) >>> $L) {\n$>",
          bucket.number(),
          HASH,
          hex(bucket.seed()),
          32 - bucket.tableBits());
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
