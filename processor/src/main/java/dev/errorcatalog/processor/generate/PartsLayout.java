package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The layout of a catalog of more than {@value CatalogLayout#CONSTANTS_PER_CLASS} codes: the
 * buckets fall into parts of at most {@value LookupLayout#CODES_PER_PART} codes.
 *
 * <ul>
 *   <li>A package-private class {@code NAME_PartN} per part creates the part's entries in one loop
 *       over their packed fields ({@code dev.errorcatalog.runtime.PackedFields}) and reads the
 *       part's perfect-hash table ({@code dev.errorcatalog.runtime.CodeTable}).
 *   <li>A public interface {@code NAME_ConstantsN}, which the catalog type implements, declares the
 *       constants of a run of parts, each an element of its part's entries; so {@code
 *       NAME.AIS_0101} is a constant of the catalog type, with its Javadoc, as in a small catalog.
 *       A user never names the interface, whose number depends on the hashes of the codes. An
 *       interface holds up to {@value #CONSTANTS_PER_INTERFACE} constants: loading the catalog type
 *       loads every interface it implements, and each class costs the JVM time of its own.
 * </ul>
 *
 * <p>Class initialization runs one way only, so that threads starting from different ends cannot
 * deadlock: an interface's initializer reads its part class, whose initializer calls the catalog
 * type's {@code unpack}; the catalog type's initializer touches neither (and an interface without
 * default methods is not initialized with the class that implements it). {@code find} reaches a
 * part class after the catalog type is initialized, and {@code all()} every part class, from the
 * nested class {@code All}. A lookup loads the catalog type and one part.
 */
final class PartsLayout implements CatalogLayout {

  private final Catalog catalog;
  private final ClassName type;
  private final LookupLayout lookup;

  /**
   * The most constants of one interface. Loading the catalog type loads and links every interface
   * it implements, at a cost that grows with the interface's size faster than its field count: at
   * 100,000 codes the first lookup took about 210 ms from {@code main} with interfaces of up to
   * 1,000 constants, 280 ms with 3,000 and 1,100 ms with 6,000 (a loaded 2-core machine; the static
   * initializer would allow 6,500, at 10 bytes of bytecode a constant).
   */
  static final int CONSTANTS_PER_INTERFACE = 1_000;

  private final List<Part> parts;
  private final List<Constants> interfaces;

  /**
   * A public interface of constants.
   *
   * @param type the interface
   * @param parts the parts whose constants it declares, in ascending number
   */
  record Constants(ClassName type, List<Part> parts) {}

  /**
   * One part.
   *
   * @param number the bucket number shifted right by the layout's part shift
   * @param partClass the class that creates the entries and reads the table
   * @param buckets the part's buckets, in ascending number
   * @param entries the part's entries, in table order
   */
  record Part(
      int number, ClassName partClass, List<LookupPlan.Bucket> buckets, List<Entry> entries) {}

  PartsLayout(Catalog catalog, ClassName type, LookupLayout lookup) {
    this.catalog = catalog;
    this.type = type;
    this.lookup = lookup;
    this.parts = new ArrayList<>();
    lookup
        .parts()
        .forEach(
            (number, buckets) -> {
              List<Entry> entries = new ArrayList<>();
              for (LookupPlan.Bucket bucket : buckets) {
                for (LookupPlan.Slot slot : bucket.slots()) {
                  entries.addAll(slot.entries());
                }
              }
              entries.sort(Comparator.comparingInt(Entry::index));
              parts.add(
                  new Part(
                      number,
                      type.peerClass(catalog.name() + "_Part" + number),
                      buckets,
                      List.copyOf(entries)));
            });
    this.interfaces = interfaces();
  }

  /** Runs of parts of at most {@value #CONSTANTS_PER_INTERFACE} constants in all. */
  private List<Constants> interfaces() {
    List<Constants> interfaces = new ArrayList<>();
    List<Part> run = new ArrayList<>();
    int constants = 0;
    for (Part part : parts) {
      if (!run.isEmpty() && constants + part.entries().size() > CONSTANTS_PER_INTERFACE) {
        interfaces.add(constants(interfaces.size(), run));
        run = new ArrayList<>();
        constants = 0;
      }
      run.add(part);
      constants += part.entries().size();
    }
    if (!run.isEmpty()) {
      interfaces.add(constants(interfaces.size(), run));
    }
    return List.copyOf(interfaces);
  }

  private Constants constants(int number, List<Part> run) {
    return new Constants(type.peerClass(catalog.name() + "_Constants" + number), List.copyOf(run));
  }

  @Override
  public Catalog catalog() {
    return catalog;
  }

  @Override
  public ClassName type() {
    return type;
  }

  @Override
  public LookupLayout lookup() {
    return lookup;
  }

  /** The parts, in ascending number. */
  List<Part> parts() {
    return parts;
  }

  /** The constants interfaces, in the order of their parts. */
  List<Constants> constantsInterfaces() {
    return interfaces;
  }

  @Override
  public List<TypeName> superinterfaces() {
    return interfaces.stream().<TypeName>map(Constants::type).toList();
  }

  @Override
  public void addConstants(TypeSpec.Builder catalogType) {
    // The constants interfaces declare them.
  }

  @Override
  public void addLookup(TypeSpec.Builder catalogType, NameAllocator names) {
    String tables = names.newName("TABLES", "tables");
    int partCount = 1 << (lookup.plan().bucketBits() - lookup.partShift());
    catalogType.addField(
        FieldSpec.builder(
                ArrayTypeName.of(CatalogTypeRenderer.CODE_TABLE),
                tables,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The table of each part, kept once its part class has read it.\n")
            .initializer("new $T[$L]", CatalogTypeRenderer.CODE_TABLE, partCount)
            .build());
    catalogType.addMethod(find(tables));
    catalogType.addMethod(tableOfPart());
    catalogType.addMethod(unpack());
  }

  private MethodSpec find(String tables) {
    return MethodSpec.methodBuilder("find")
        .addJavadoc(
            """
            The entry of {@code code}, or {@code null}: the bucket of its hash, then the table
            of the bucket's part.
            """)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(String.class, "code")
        .addStatement("int hash = code.hashCode()")
        .addStatement(
            "int bucket = $T.bucket(hash, $L)",
            CatalogTypeRenderer.CODE_HASH,
            lookup.plan().bucketBits())
        .addStatement("int part = bucket >>> $L", lookup.partShift())
        .addStatement("$T table = $N[part]", CatalogTypeRenderer.CODE_TABLE, tables)
        .beginControlFlow("if (table == null)")
        .addComment("Racing threads both store the one table of the part: it is immutable.")
        .addStatement("table = $N[part] = table(part)", tables)
        .endControlFlow()
        .addStatement("return ($T) table.find(code, hash, bucket)", type)
        .build();
  }

  /** The switch from a part number to its class's table, run once per part. */
  private MethodSpec tableOfPart() {
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (part) {\n$>");
    for (Part part : parts) {
      body.add("case $L -> $T.TABLE;\n", part.number(), part.partClass());
    }
    body.add("default -> $T.NONE;\n$<};\n", CatalogTypeRenderer.CODE_TABLE);
    return MethodSpec.methodBuilder("table")
        .addJavadoc("The table of part {@code part}, initializing its class.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(CatalogTypeRenderer.CODE_TABLE)
        .addParameter(int.class, "part")
        .addCode(body.build())
        .build();
  }

  /** The factory the part classes call: entries from packed fields, in one loop. */
  private MethodSpec unpack() {
    ClassName packedFields = CatalogTypeRenderer.PACKED_FIELDS;
    return MethodSpec.methodBuilder("unpack")
        .addJavadoc(
            """
            Creates the {@code count} entries that {@code data} packs.

            @param count how many entries {@code data} packs
            @param data the packed fields of the entries, in table order
            @return the entries
            """)
        .addModifiers(Modifier.STATIC)
        .varargs()
        .returns(ArrayTypeName.of(type))
        .addParameter(int.class, "count")
        .addParameter(String[].class, "data")
        .addStatement("$T fields = new $T(data)", packedFields, packedFields)
        .addStatement("$T[] entries = new $T[count]", type, type)
        .beginControlFlow("for (int i = 0; i < count; i++)")
        .addStatement("entries[i] = new $T($L)", type, EntryField.readArguments("fields"))
        .endControlFlow()
        .addStatement("return entries")
        .build();
  }

  @Override
  public CodeBlock allEntries(TypeSpec.Builder allClass, TypeName listType) {
    MethodSpec.Builder collect =
        MethodSpec.methodBuilder("collect")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(listType)
            .addStatement("$T[] table = new $T[$L]", type, type, catalog.entries().size());
    for (Part part : parts) {
      collect.addStatement("place($T.ENTRIES, table)", part.partClass());
    }
    allClass.addMethod(collect.addStatement("return $T.of(table)", List.class).build());
    ArrayTypeName array = ArrayTypeName.of(type);
    allClass.addMethod(
        MethodSpec.methodBuilder("place")
            .addJavadoc("Puts each of a part's entries at its ordinal.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(array, "entries")
            .addParameter(array, "table")
            .beginControlFlow("for ($T entry : entries)", type)
            .addStatement("table[entry.ordinal] = entry")
            .endControlFlow()
            .build());
    return CodeBlock.of("collect()");
  }

  @Override
  public List<TypeSpec> companionTypes(Optional<AnnotationSpec> generated) {
    List<TypeSpec> types = new ArrayList<>();
    for (Constants constants : interfaces) {
      types.add(constantsInterface(constants, generated));
    }
    for (Part part : parts) {
      types.add(partClass(part, generated));
    }
    return types;
  }

  /**
   * {@code OcrErrors#AIS_0102}: through the catalog type, which inherits every constant, as the
   * constant may be in another interface.
   */
  @Override
  public String constantReference(String code) {
    return type.simpleName() + "#" + CodeSyntax.constantName(code);
  }

  /** The public interface that declares the constants of a run of parts. */
  private TypeSpec constantsInterface(Constants constants, Optional<AnnotationSpec> generated) {
    int count = constants.parts().stream().mapToInt(part -> part.entries().size()).sum();
    TypeSpec.Builder builder =
        TypeSpec.interfaceBuilder(constants.type())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                """
                $L of the constants of {@link $T}, which inherits them: use them as
                {@code $T.NAME}. The name of this interface is not API: it depends on the
                hashes of the catalog's codes.
                """,
                count,
                type,
                type);
    generated.ifPresent(builder::addAnnotation);
    for (Part part : constants.parts()) {
      List<Entry> entries = part.entries();
      for (int position = 0; position < entries.size(); position++) {
        Entry entry = entries.get(position);
        builder.addField(
            FieldSpec.builder(
                    type, entry.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(EntryDocs.of(this, entry))
                .addAnnotations(EntryDocs.annotations(entry))
                .initializer("$T.ENTRIES[$L]", part.partClass(), position)
                .build());
      }
    }
    return builder.build();
  }

  /** The package-private class that creates a part's entries and reads its table. */
  private TypeSpec partClass(Part part, Optional<AnnotationSpec> generated) {
    List<Entry> entries = part.entries();
    IdentityHashMap<Entry, Integer> positions = new IdentityHashMap<>();
    PackedFieldsWriter fields = new PackedFieldsWriter();
    for (int position = 0; position < entries.size(); position++) {
      Entry entry = entries.get(position);
      positions.put(entry, position);
      EntryField.pack(catalog, entry, fields);
      fields.endRecord();
    }
    CodeBlock.Builder unpack = CodeBlock.builder().add("$T.unpack($L", type, entries.size());
    for (CodeBlock literal : fields.literals()) {
      unpack.add(",\n$>$>$L$<$<", literal);
    }
    unpack.add(")");

    int firstBucket = part.number() << lookup.partShift();
    CodeBlock table =
        CodeTableEncoder.newTable(
            part.buckets(), firstBucket, lookup.partShift(), CodeBlock.of("ENTRIES"), positions);

    ArrayTypeName array = ArrayTypeName.of(type);
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(part.partClass())
            .addModifiers(Modifier.FINAL)
            .addJavadoc(
                """
                The entries of {@link $T} in buckets $L to $L, and their perfect-hash table
                (see {@link $T}): created when the first of them is used.
                """,
                type,
                firstBucket,
                firstBucket + (1 << lookup.partShift()) - 1,
                CatalogTypeRenderer.CODE_TABLE);
    generated.ifPresent(builder::addAnnotation);
    return builder
        .addField(
            FieldSpec.builder(array, "ENTRIES", Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The entries, in table order.\n")
                .initializer(unpack.build())
                .build())
        .addField(
            FieldSpec.builder(
                    CatalogTypeRenderer.CODE_TABLE, "TABLE", Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Where each code of the part is among {@code ENTRIES}.\n")
                .initializer(table)
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }
}
