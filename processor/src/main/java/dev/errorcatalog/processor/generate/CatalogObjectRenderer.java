package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.CatalogTable;
import dev.errorcatalog.processor.model.GeneratedMembers;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The catalog as an object: the catalog type's {@code CATALOG} field and its nested class {@code
 * Provider}, which implements {@code dev.errorcatalog.Catalog} and is what {@code ServiceLoader}
 * instantiates.
 *
 * <p>{@code Provider} holds no entries: it answers from constants and delegates to the catalog
 * type's static {@code lookup}, {@code all} and {@code bundleBaseName}, so creating it costs
 * nothing and initializes no holder. Its static initializer never refers to the catalog type, so
 * the two can be initialized in either order, on any thread.
 */
final class CatalogObjectRenderer {

  static final ClassName CATALOG_INTERFACE = ClassName.get("dev.errorcatalog", "Catalog");

  /** The longest literal of a table text: 16,384 characters, at most 49,152 bytes. */
  static final int PIECE = 16_384;

  private final CatalogLayout layout;

  CatalogObjectRenderer(CatalogLayout layout) {
    this.layout = layout;
  }

  /** The provider class, a member of the catalog type. */
  ClassName providerType() {
    return layout.type().nestedClass(GeneratedMembers.PROVIDER);
  }

  /** {@code public static final Catalog<NAME> CATALOG}. */
  FieldSpec catalogField() {
    ClassName type = layout.type();
    return FieldSpec.builder(
            catalogOf(type),
            GeneratedMembers.CATALOG,
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "This catalog as an object: its id, documentation, locales and entries, for code that"
                + " works with\nany catalog. {@link $T#installed()} finds it through"
                + " {@link $T}.\n",
            ClassName.get("dev.errorcatalog", "Catalogs"),
            ClassName.get("java.util", "ServiceLoader"))
        .initializer("new $T()", providerType())
        .build();
  }

  /** The nested {@code Provider} class. */
  TypeSpec provider() {
    Catalog catalog = layout.catalog();
    ClassName type = layout.type();
    ClassName provider = providerType();
    CatalogTable first = catalog.tables().get(0);
    TypeName stringOptional = ParameterizedTypeName.get(Optional.class, String.class);

    // The model lists the default locale first, then the others in language-tag order.
    CodeBlock.Builder locales = CodeBlock.builder().add("$T.of(DEFAULT_LOCALE", List.class);
    for (Locale locale : catalog.locales().subList(1, catalog.locales().size())) {
      locales.add(",$W$T.forLanguageTag($S)", Locale.class, locale.toLanguageTag());
    }
    locales.add(")");

    return TypeSpec.classBuilder(provider)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(catalogOf(type))
        .addJavadoc(
            """
            {@link $T} as a {@link $T}: the class of {@link $T#$N}.

            <p>{@link $T} creates it: on the class path through the public no-argument
            constructor, on the module path through {@link #provider()}, which returns
            {@link $T#$N} itself.
            It holds no state, so every instance is equal to every other.
            """,
            type,
            CATALOG_INTERFACE,
            type,
            GeneratedMembers.CATALOG,
            ClassName.get("java.util", "ServiceLoader"),
            type,
            GeneratedMembers.CATALOG)
        .addField(
            FieldSpec.builder(
                    Locale.class,
                    "DEFAULT_LOCALE",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer(
                    "$T.forLanguageTag($S)", Locale.class, catalog.defaultLocale().toLanguageTag())
                .build())
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(Set.class, Locale.class),
                    "LOCALES",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer(
                    "$T.unmodifiableSet($Znew $T<>($L))",
                    Collections.class,
                    LinkedHashSet.class,
                    locales.build())
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc(
                    "For {@link $T} on the class path; use {@link $T#$N} instead.\n",
                    ClassName.get("java.util", "ServiceLoader"),
                    type,
                    GeneratedMembers.CATALOG)
                .addModifiers(Modifier.PUBLIC)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("provider")
                .addJavadoc(
                    "For {@link $T} on the module path.\n\n@return {@link $T#$N}\n",
                    ClassName.get("java.util", "ServiceLoader"),
                    type,
                    GeneratedMembers.CATALOG)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(catalogOf(type))
                .addStatement("return $T.$N", type, GeneratedMembers.CATALOG)
                .build())
        .addMethod(
            override("id", ClassName.get(String.class))
                .addStatement("return $L", text(first.catalogId()))
                .build())
        .addMethod(optionalText("title", first.title(), stringOptional))
        .addMethod(optionalText("source", first.source(), stringOptional))
        .addMethod(optionalText("note", first.note(), stringOptional))
        .addMethod(
            override("defaultLocale", ClassName.get(Locale.class))
                .addStatement("return DEFAULT_LOCALE")
                .build())
        .addMethod(
            override("locales", ParameterizedTypeName.get(Set.class, Locale.class))
                .addStatement("return LOCALES")
                .build())
        .addMethod(
            override("entries", ParameterizedTypeName.get(ClassName.get(List.class), type))
                .addStatement("return $T.all()", type)
                .build())
        .addMethod(
            override("lookup", ParameterizedTypeName.get(ClassName.get(Optional.class), type))
                .addParameter(String.class, "code")
                .addStatement("return $T.lookup(code)", type)
                .build())
        .addMethod(
            override("bundleBaseName", ClassName.get(String.class))
                .addStatement("return $T.bundleBaseName()", type)
                .build())
        .addMethod(
            override("equals", TypeName.BOOLEAN)
                .addParameter(Object.class, "other")
                .addStatement("return other instanceof $T", provider)
                .build())
        .addMethod(
            override("hashCode", TypeName.INT)
                .addStatement("return $S.hashCode()", catalog.qualifiedName())
                .build())
        .addMethod(
            override("toString", ClassName.get(String.class))
                .addStatement(
                    "return $S + id() + $S", "Catalog ", " (" + catalog.qualifiedName() + ")")
                .build())
        .build();
  }

  /**
   * A table's text as an expression. Table metadata has no length limit, but one string constant
   * holds at most 65,535 bytes, so a long text is joined at run time from literals of at most
   * {@value #PIECE} characters (three bytes each at worst), never split inside a surrogate pair.
   */
  static CodeBlock text(String text) {
    if (text.length() <= PIECE) {
      return StringLiterals.of(text);
    }
    CodeBlock.Builder join = CodeBlock.builder().add("$T.join($S", String.class, "");
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(start + PIECE, text.length());
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      join.add(",\n$>$>$L$<$<", StringLiterals.of(text.substring(start, end)));
      start = end;
    }
    return join.add(")").build();
  }

  private static ParameterizedTypeName catalogOf(ClassName type) {
    return ParameterizedTypeName.get(CATALOG_INTERFACE, type);
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  private static MethodSpec optionalText(
      String name, Optional<String> text, TypeName stringOptional) {
    MethodSpec.Builder method = override(name, stringOptional);
    if (text.isPresent()) {
      method.addStatement("return $T.of($L)", Optional.class, text(text.get()));
    } else {
      method.addStatement("return $T.empty()", Optional.class);
    }
    return method.build();
  }
}
