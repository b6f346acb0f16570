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
import dev.errorcatalog.processor.model.BundleKeys;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.GeneratedMembers;
import dev.errorcatalog.processor.read.TextField;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import javax.lang.model.element.Modifier;

/**
 * The public catalog type: a final class implementing {@code dev.errorcatalog.ErrorCode} whose
 * instances are the catalog's constants, with {@code lookup}, {@code all} and the {@code ErrorCode}
 * methods, the same at every size. Its {@link CatalogLayout} adds the constants and the lookup.
 */
final class CatalogTypeRenderer {

  static final ClassName ERROR_CODE = ClassName.get("dev.errorcatalog", "ErrorCode");
  static final ClassName CATALOG_BUNDLES =
      ClassName.get("dev.errorcatalog.runtime", "CatalogBundles");
  static final ClassName PACKED_FIELDS = ClassName.get("dev.errorcatalog.runtime", "PackedFields");
  static final ClassName CODE_TABLE = ClassName.get("dev.errorcatalog.runtime", "CodeTable");
  static final ClassName CODE_HASH = ClassName.get("dev.errorcatalog.runtime", "CodeHash");

  private final CatalogLayout layout;
  private final Optional<AnnotationSpec> generated;

  CatalogTypeRenderer(CatalogLayout layout, Optional<AnnotationSpec> generated) {
    this.layout = layout;
    this.generated = generated;
  }

  TypeSpec render() {
    Catalog catalog = layout.catalog();
    ClassName type = layout.type();
    TypeName optionalType = ParameterizedTypeName.get(ClassName.get(Optional.class), type);
    TypeName listType = ParameterizedTypeName.get(ClassName.get(List.class), type);

    // Constants take their names from codes; private statics yield to them.
    NameAllocator names = new NameAllocator();
    catalog.entries().forEach(entry -> names.newName(entry.constantName(), entry.constantName()));
    String bundleName = names.newName("BUNDLE_BASE_NAME", "bundleName");
    CodeBlock bundles = CodeBlock.of("$N.BUNDLES", GeneratedMembers.BUNDLES);
    TranslatedMessages translations = new TranslatedMessages(catalog, names);

    TypeSpec.Builder builder =
        TypeSpec.classBuilder(type)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ERROR_CODE)
            .addSuperinterfaces(layout.superinterfaces())
            .addJavadoc(EntryDocs.ofCatalog(layout));
    generated.ifPresent(builder::addAnnotation);
    layout.addConstants(builder);
    builder.addField(
        FieldSpec.builder(
                String.class, bundleName, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", catalog.qualifiedName())
            .build());
    builder.addType(bundlesHolder(bundleName));

    builder
        .addField(int.class, "ordinal", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "code", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "catalog", Modifier.PRIVATE, Modifier.FINAL)
        .addField(OptionalInt.class, "httpStatus", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            ParameterizedTypeName.get(Optional.class, String.class),
            "category",
            Modifier.PRIVATE,
            Modifier.FINAL)
        .addField(String.class, "message", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            FieldSpec.builder(optionalType, "self", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc(
                    "This entry as {@code lookup} returns it, made once so that a lookup"
                        + " allocates nothing.\n")
                .build());

    builder.addMethod(constructor());
    builder.addMethod(
        MethodSpec.methodBuilder("lookup")
            .addJavadoc(
                "The entry of an error code, such as the {@code error_code} of an API's error"
                    + " response.\n\n@param code the code, exactly as documented (case matters)\n"
                    + "@return the entry, or empty for an unknown or {@code null} code\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(optionalType)
            .addParameter(String.class, "code")
            .beginControlFlow("if (code == null)")
            .addStatement("return $T.empty()", Optional.class)
            .endControlFlow()
            .addStatement("$T entry = find(code)", type)
            .addStatement("return entry == null ? $T.empty() : entry.self", Optional.class)
            .build());
    builder.addMethod(
        MethodSpec.methodBuilder("all")
            .addJavadoc(
                """
                Every entry of the catalog, in table order.

                @return an unmodifiable list of $L entries
                """,
                catalog.entries().size())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(listType)
            .addStatement("return $N.ENTRIES", GeneratedMembers.ALL)
            .build());
    builder.addMethod(
        MethodSpec.methodBuilder("bundleBaseName")
            .addJavadoc(
                "The base name of this catalog's resource bundles, for {@link"
                    + "\n$T#getBundle(String, $T)}.\n\n@return {@code $L}\n",
                ResourceBundle.class,
                Locale.class,
                catalog.qualifiedName())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addStatement("return $N", bundleName)
            .build());

    builder
        .addMethod(getter("code", String.class, "code"))
        .addMethod(getter("catalog", String.class, "catalog"))
        .addMethod(getter("httpStatus", ClassName.get(OptionalInt.class), "httpStatus"))
        .addMethod(
            getter("category", ParameterizedTypeName.get(Optional.class, String.class), "category"))
        .addMethod(getter("message", String.class, "message"))
        .addMethod(translations.messageMethod())
        .addMethod(localizedText("description", TextField.DESCRIPTION, bundles))
        .addMethod(localizedText("solution", TextField.SOLUTION, bundles))
        .addMethods(linkMethods(type, bundles))
        .addMethod(
            MethodSpec.methodBuilder("toString")
                .addJavadoc("The code, as documented.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return code")
                .build());

    layout.addLookup(builder, names);
    translations.addTo(builder);
    builder.addType(allClass(listType));
    CatalogObjectRenderer object = new CatalogObjectRenderer(layout);
    builder.addField(object.catalogField()).addType(object.provider());
    builder.addType(new CodesRenderer(layout, generated).codes());
    return builder.build();
  }

  /**
   * Private at every size: a large catalog's entries file creates entries through a nested class.
   */
  private static MethodSpec constructor() {
    return EntryField.addParameters(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE))
        .addStatement("this.ordinal = ordinal")
        .addStatement("this.code = code")
        .addStatement("this.catalog = catalog")
        .addStatement(
            "this.httpStatus = httpStatus == $L ? $T.empty() : $T.of(httpStatus)",
            EntryField.Kind.ABSENT,
            OptionalInt.class,
            OptionalInt.class)
        .addStatement("this.category = $T.ofNullable(category)", Optional.class)
        .addStatement("this.message = message")
        .addStatement("this.self = $T.of(this)", Optional.class)
        .build();
  }

  private static MethodSpec getter(String name, TypeName returns, String field) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addStatement("return $N", field)
        .build();
  }

  private static MethodSpec getter(String name, Class<?> returns, String field) {
    return getter(name, ClassName.get(returns), field);
  }

  private static MethodSpec localizedText(String name, TextField field, CodeBlock bundles) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Optional.class, String.class))
        .addParameter(Locale.class, "locale")
        .addStatement("return $L.find(locale, code + $S)", bundles, BundleKeys.suffix(field))
        .build();
  }

  /**
   * {@code documentation()}, {@code deprecation()} and {@code replacement()}, where some code of
   * the catalog has what they return; otherwise {@code ErrorCode}'s defaults (empty) stand. They
   * read the root bundle (see {@link BundleKeys}): the constants carry nothing for them.
   */
  private List<MethodSpec> linkMethods(ClassName type, CodeBlock bundles) {
    List<Entry> entries = layout.catalog().entries();
    List<MethodSpec> methods = new ArrayList<>();
    if (entries.stream().anyMatch(entry -> entry.documentation().isPresent())) {
      methods.add(
          MethodSpec.methodBuilder("documentation")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(Optional.class, URI.class))
              .addStatement(
                  "return $L.find($T.ROOT, code + $S).map($T::create)",
                  bundles,
                  Locale.class,
                  BundleKeys.DOCS,
                  URI.class)
              .build());
    }
    if (entries.stream().anyMatch(entry -> entry.deprecation().isPresent())) {
      methods.add(
          MethodSpec.methodBuilder("deprecation")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(Optional.class, String.class))
              .addStatement(
                  "return $L.find($T.ROOT, code + $S)",
                  bundles,
                  Locale.class,
                  BundleKeys.DEPRECATED)
              .build());
      methods.add(
          MethodSpec.methodBuilder("replacement")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), ERROR_CODE))
              .addStatement(
                  "return $L.find($T.ROOT, code + $S)\n.flatMap($T::lookup)\n.map($T.class::cast)",
                  bundles,
                  Locale.class,
                  BundleKeys.REPLACED_BY,
                  type,
                  ERROR_CODE)
              .build());
    }
    return methods;
  }

  /**
   * A nested class that holds the bundles, so that the first lookup does not pay for them: only
   * descriptions, solutions and links read them.
   */
  private static TypeSpec bundlesHolder(String bundleName) {
    return TypeSpec.classBuilder(GeneratedMembers.BUNDLES)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "The resource bundles, for the texts besides messages: loaded when the first is read.\n")
        .addField(
            FieldSpec.builder(CATALOG_BUNDLES, "BUNDLES", Modifier.STATIC, Modifier.FINAL)
                // getBundle is caller-sensitive: called here, it finds the bundles in this module.
                .initializer(
                    "new $T($N,$Wlocale -> $T.getBundle($N, locale))",
                    CATALOG_BUNDLES,
                    bundleName,
                    ResourceBundle.class,
                    bundleName)
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }

  /** A nested class, so that the list is built on the first call of {@code all()} only. */
  private TypeSpec allClass(TypeName listType) {
    TypeSpec.Builder all =
        TypeSpec.classBuilder(GeneratedMembers.ALL)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    CodeBlock entries = layout.allEntries(all, listType);
    return all.addField(
            FieldSpec.builder(listType, "ENTRIES", Modifier.STATIC, Modifier.FINAL)
                .initializer(entries)
                .build())
        .build();
  }
}
