package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.CodeSyntax;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.GeneratedMembers;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The layout of a catalog of up to {@value CatalogLayout#CONSTANTS_PER_CLASS} codes, which is any
 * real one: a single class. Each constant is a field of the catalog type, created by its own
 * constructor call, and the lookup reads one perfect-hash table over the constants, created in a
 * nested class on the first lookup.
 */
record OneClassLayout(Catalog catalog, ClassName type, LookupPlan plan) implements CatalogLayout {

  @Override
  public List<TypeName> superinterfaces() {
    return List.of();
  }

  @Override
  public void addConstants(TypeSpec.Builder catalogType) {
    for (Entry entry : catalog.entries()) {
      catalogType.addField(
          FieldSpec.builder(
                  type, entry.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(EntryDocs.of(this, entry))
              .addAnnotations(EntryDocs.annotations(entry))
              .initializer("new $T($L)", type, EntryField.arguments(catalog, entry))
              .build());
    }
  }

  /** {@code #AIS_0102}: every constant is a field of the catalog type. */
  @Override
  public String constantReference(String code) {
    return "#" + CodeSyntax.constantName(code);
  }

  @Override
  public void addLookup(TypeSpec.Builder catalogType, NameAllocator names) {
    List<Entry> entries = catalog.entries();
    IdentityHashMap<Entry, Integer> positions = new IdentityHashMap<>();
    CodeBlock.Builder array = CodeBlock.builder().add("new $T[] {\n$>$>", type);
    for (int i = 0; i < entries.size(); i++) {
      positions.put(entries.get(i), i);
      array.add("$N$L", entries.get(i).constantName(), i + 1 < entries.size() ? ",\n" : "");
    }
    array.add("}$<$<");
    int bucketBits = plan.bucketBits();
    CodeBlock table =
        CodeTableEncoder.newTable(plan.buckets(), bucketBits, array.build(), positions);
    catalogType.addType(
        TypeSpec.classBuilder(GeneratedMembers.TABLE)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The lookup's table, read on the first lookup.\n")
            .addField(
                FieldSpec.builder(
                        CatalogTypeRenderer.CODE_TABLE, "TABLE", Modifier.STATIC, Modifier.FINAL)
                    .initializer(table)
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .build());
    catalogType.addMethod(
        MethodSpec.methodBuilder("find")
            .addJavadoc(
                """
                The entry of {@code code}, or {@code null}: its slot in the table, found at
                compile time for these codes.
                """)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(type)
            .addParameter(String.class, "code")
            .addStatement("int hash = code.hashCode()")
            .addStatement(
                "return ($T) $N.TABLE.find(code, hash, $T.bucket(hash, $L))",
                type,
                GeneratedMembers.TABLE,
                CatalogTypeRenderer.CODE_HASH,
                bucketBits)
            .build());
  }

  @Override
  public CodeBlock allEntries(TypeSpec.Builder allClass, TypeName listType) {
    CodeBlock.Builder entries = CodeBlock.builder().add("$T.of(\n$>$>", List.class);
    List<Entry> all = catalog.entries();
    for (int i = 0; i < all.size(); i++) {
      entries.add("$N$L", all.get(i).constantName(), i + 1 < all.size() ? ",\n" : ")");
    }
    return entries.add("$<$<").build();
  }

  @Override
  public List<TypeSpec> companionTypes(Optional<AnnotationSpec> generated) {
    return List.of();
  }

  @Override
  public List<GeneratedFile> companionFiles() {
    return List.of();
  }
}
