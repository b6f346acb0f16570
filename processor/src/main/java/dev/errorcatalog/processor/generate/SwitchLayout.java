package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Entry;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The layout of a catalog of up to {@value CatalogLayout#CONSTANTS_PER_CLASS} codes, which is any
 * real one: a single class. Each constant is a field of the catalog type, created by its own
 * constructor call, and {@code find} switches over the bucket and then the slot ({@link
 * LookupRenderer}), in as many group methods as HotSpot needs to compile them all.
 */
record SwitchLayout(Catalog catalog, ClassName type, LookupLayout lookup) implements CatalogLayout {

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
              .addJavadoc(EntryDocs.of(catalog, entry))
              .initializer("new $T($L)", type, EntryField.arguments(catalog, entry))
              .build());
    }
  }

  @Override
  public void addLookup(TypeSpec.Builder catalogType, NameAllocator names) {
    LookupRenderer renderer = new LookupRenderer(type, lookup);
    catalogType.addMethod(renderer.find());
    catalogType.addMethods(renderer.groupMethods(lookup.groups()));
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
}
