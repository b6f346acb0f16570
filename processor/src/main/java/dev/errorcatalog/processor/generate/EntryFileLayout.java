package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.CodeSyntax;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.GeneratedMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The layout of a catalog of more than {@value CatalogLayout#CONSTANTS_PER_CLASS} codes.
 *
 * <ul>
 *   <li>The entries and the lookup's table are data, not code: the entries file {@code
 *       NAME.entries}, a resource next to the catalog type ({@link EntryFileWriter}), which the
 *       runtime's {@code EntryFile} reads on first use. Each entry is created when first used.
 *   <li>A public interface {@code NAME_ConstantsN}, which the catalog type implements, declares up
 *       to {@value #CONSTANTS_PER_INTERFACE} constants in ordinal order, each initialized from the
 *       entries file; so {@code NAME.AIS_0101} is a constant of the catalog type, with its Javadoc,
 *       as in a small catalog. A user never names the interface.
 * </ul>
 *
 * <p>Class initialization runs one way only, so that threads starting from different ends cannot
 * deadlock: an interface's initializer calls the catalog type's {@code entry}, which reads the
 * nested class {@code Entries}, whose initializer reads the file and calls nothing back. The
 * catalog type's initializer touches neither (and an interface without default methods is not
 * initialized with the class that implements it).
 */
final class EntryFileLayout implements CatalogLayout {

  /**
   * The most constants of one interface. Loading the catalog type loads and links every interface
   * it implements. Linking an interface costs JDK 17 time quadratic in its size (its Rewriter looks
   * up each field the initializer writes in a list of the fields), while each interface costs
   * loading time of its own, as does, in javac, each supertype of the catalog type. At 100,000
   * codes the first lookup took 160 ms from {@code main} on JDK 17 with interfaces of 500
   * constants, 164 with 250 and 184 with 1,000; on JDK 25, 134, 148 and 128 ms. (With 100, and
   * initializers that called the catalog type, javac ran for over 15 minutes.)
   */
  static final int CONSTANTS_PER_INTERFACE = 500;

  static final ClassName ENTRY_FILE = ClassName.get("dev.errorcatalog.runtime", "EntryFile");
  static final ClassName ENTRY_FIELDS = ClassName.get("dev.errorcatalog.runtime", "EntryFields");

  private final Catalog catalog;
  private final ClassName type;
  private final LookupPlan plan;
  private final List<ClassName> interfaces;
  private final EntryFileWriter.EntriesFile file;

  EntryFileLayout(Catalog catalog, ClassName type, LookupPlan plan) {
    this.catalog = catalog;
    this.type = type;
    this.plan = plan;
    List<ClassName> interfaces = new ArrayList<>();
    for (int first = 0; first < catalog.entries().size(); first += CONSTANTS_PER_INTERFACE) {
      interfaces.add(type.peerClass(catalog.name() + "_Constants" + interfaces.size()));
    }
    this.interfaces = List.copyOf(interfaces);
    this.file = EntryFileWriter.write(catalog, plan);
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
  public LookupPlan plan() {
    return plan;
  }

  /** The name of the entries file, relative to the catalog's package. */
  String fileName() {
    return catalog.name() + ".entries";
  }

  /** The constants interfaces, in ordinal order of their constants. */
  List<ClassName> constantsInterfaces() {
    return interfaces;
  }

  /** The entries of the constants interface {@code number}. */
  List<Entry> constantsOf(int number) {
    List<Entry> entries = catalog.entries();
    int first = number * CONSTANTS_PER_INTERFACE;
    return entries.subList(first, Math.min(entries.size(), first + CONSTANTS_PER_INTERFACE));
  }

  @Override
  public List<TypeName> superinterfaces() {
    return List.copyOf(interfaces);
  }

  @Override
  public void addConstants(TypeSpec.Builder catalogType) {
    // The constants interfaces declare them.
  }

  @Override
  public void addLookup(TypeSpec.Builder catalogType, NameAllocator names) {
    catalogType.addType(entriesClass());
    catalogType.addMethod(
        MethodSpec.methodBuilder("find")
            .addJavadoc("The entry of {@code code}, or {@code null}.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(type)
            .addParameter(String.class, "code")
            .addStatement("return $N.FILE.find(code)", GeneratedMembers.ENTRIES)
            .build());
    catalogType.addMethod(
        MethodSpec.methodBuilder("entry")
            .addJavadoc(
                """
                The entry of an ordinal, for the constants interfaces.

                @param ordinal the entry's position in {@code all()}
                @return the entry
                """)
            .addModifiers(Modifier.STATIC)
            .returns(type)
            .addParameter(int.class, "ordinal")
            .addStatement("return $N.FILE.entry(ordinal)", GeneratedMembers.ENTRIES)
            .build());
  }

  /** The nested class whose initializer reads the entries file, and which creates entries. */
  private TypeSpec entriesClass() {
    ClassName entries = type.nestedClass(GeneratedMembers.ENTRIES);
    return TypeSpec.classBuilder(entries)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(ENTRY_FILE, type))
        .addJavadoc(
            "The entries file $L, read on the first lookup or the first use of a constant.\n",
            fileName())
        .addField(
            FieldSpec.builder(entries, "FILE", Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T()", entries)
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                // getResourceAsStream is caller-sensitive: called here, it opens a resource of
                // this module.
                .addStatement(
                    "super($T.class.getResourceAsStream($S),$W$S,$W$L,$W$L)",
                    type,
                    fileName(),
                    fileName(),
                    catalog.entries().size(),
                    String.format(Locale.ROOT, "0x%08x", file.fingerprint()))
                .build())
        .addMethod(
            MethodSpec.methodBuilder("create")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(type)
                .addParameter(ENTRY_FIELDS, "fields")
                .addStatement("return new $T($L)", type, EntryField.readArguments("fields"))
                .build())
        .build();
  }

  @Override
  public CodeBlock allEntries(TypeSpec.Builder allClass, TypeName listType) {
    return CodeBlock.of("$N.FILE.all()", GeneratedMembers.ENTRIES);
  }

  @Override
  public List<TypeSpec> companionTypes(Optional<AnnotationSpec> generated) {
    List<TypeSpec> types = new ArrayList<>();
    for (int number = 0; number < interfaces.size(); number++) {
      types.add(constantsInterface(number, generated));
    }
    return types;
  }

  @Override
  public List<GeneratedFile> companionFiles() {
    return List.of(new GeneratedFile.ResourceFile(catalog.packageName(), fileName(), file.bytes()));
  }

  /**
   * {@code OcrErrors#AIS_0102}: through the catalog type, which inherits every constant, as the
   * constant may be in another interface.
   */
  @Override
  public String constantReference(String code) {
    return type.simpleName() + "#" + CodeSyntax.constantName(code);
  }

  /** The public interface that declares a run of constants. */
  private TypeSpec constantsInterface(int number, Optional<AnnotationSpec> generated) {
    List<Entry> entries = constantsOf(number);
    TypeSpec.Builder builder =
        TypeSpec.interfaceBuilder(interfaces.get(number))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                """
                $L of the constants of {@link $T}, which inherits them: use them as
                {@code $T.NAME}. The name of this interface is not API: it depends on the
                order of the catalog's codes.
                """,
                entries.size(),
                type,
                type);
    generated.ifPresent(builder::addAnnotation);
    for (Entry entry : entries) {
      builder.addField(
          FieldSpec.builder(
                  type, entry.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(EntryDocs.of(this, entry))
              .addAnnotations(EntryDocs.annotations(entry))
              .initializer("entry($L)", entry.index())
              .build());
    }
    // Each initializer calls this method of the interface's own, not the catalog type's: javac
    // resolves a call through the catalog type against every one of its superinterfaces, which
    // made javac alone take 22 s instead of 6 for the sources of 100,000 codes.
    return builder
        .addMethod(
            MethodSpec.methodBuilder("entry")
                .addJavadoc("The entry of an ordinal, from the catalog type.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(type)
                .addParameter(int.class, "ordinal")
                .addStatement("return $T.entry(ordinal)", type)
                .build())
        .build();
  }
}
