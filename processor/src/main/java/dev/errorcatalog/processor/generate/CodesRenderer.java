package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.GeneratedMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The nested class {@code NAME.Codes}: one {@code public static final String} compile-time constant
 * per code, named as the entry constant, for {@code switch} labels and annotation attributes.
 *
 * <p>A class file holds at most 65,535 constant-pool entries, and each string constant takes up to
 * three (its name, the {@code String} and its text), so javac accepts only about 21,000 of them in
 * one class. A catalog of up to {@value #CODES_PER_CLASS} codes declares them in {@code Codes}; a
 * larger one puts them, in table order, into public interfaces {@code NAME_Codes0}, {@code
 * NAME_Codes1}, ... of {@value #CODES_PER_CLASS} each, which {@code Codes} implements. Fields
 * inherited from an interface are still constant variables, so {@code case NAME.Codes.X ->}
 * compiles at every size, and each name is declared once, so none is ambiguous.
 */
final class CodesRenderer {

  /** The most code constants in one class, well below javac's limit of about 21,000. */
  static final int CODES_PER_CLASS = 10_000;

  private final CatalogLayout layout;
  private final Optional<AnnotationSpec> generated;

  CodesRenderer(CatalogLayout layout, Optional<AnnotationSpec> generated) {
    this.layout = layout;
    this.generated = generated;
  }

  /** The nested {@code Codes} class. */
  TypeSpec codes() {
    ClassName type = layout.type();
    List<Entry> entries = layout.catalog().entries();
    TypeSpec.Builder codes =
        TypeSpec.classBuilder(type.nestedClass(GeneratedMembers.CODES))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                """
                The $L codes of {@link $T} as compile-time constants, named as its
                constants, for {@code switch} labels and annotation attributes:

                <pre>{@code
                switch (response.errorCode()) {
                  case $T.Codes.$N -> retry();
                  default -> fail();
                }
                }</pre>
                """,
                entries.size(),
                type,
                type,
                entries.get(0).constantName())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (entries.size() <= CODES_PER_CLASS) {
      entries.forEach(entry -> codes.addField(constant(entry)));
    } else {
      for (int part = 0; part * CODES_PER_CLASS < entries.size(); part++) {
        codes.addSuperinterface(part(part));
      }
    }
    return codes.build();
  }

  /** The public interfaces that hold the constants of a large catalog; empty for another. */
  List<TypeSpec> parts() {
    List<Entry> entries = layout.catalog().entries();
    List<TypeSpec> parts = new ArrayList<>();
    if (entries.size() <= CODES_PER_CLASS) {
      return parts;
    }
    for (int part = 0; part * CODES_PER_CLASS < entries.size(); part++) {
      int from = part * CODES_PER_CLASS;
      int to = Math.min(from + CODES_PER_CLASS, entries.size());
      TypeSpec.Builder codes =
          TypeSpec.interfaceBuilder(part(part))
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc(
                  """
                  The code strings of entries $L to $L of {@link $T}, in table order;
                  use them through {@link $T.$N}.
                  """,
                  from,
                  to - 1,
                  layout.type(),
                  layout.type(),
                  GeneratedMembers.CODES);
      generated.ifPresent(codes::addAnnotation);
      entries.subList(from, to).forEach(entry -> codes.addField(constant(entry)));
      parts.add(codes.build());
    }
    return parts;
  }

  private ClassName part(int index) {
    return layout.type().peerClass(layout.catalog().name() + "_Codes" + index);
  }

  private static FieldSpec constant(Entry entry) {
    // Codes are ASCII letters, digits and . _ - : / only, which every literal writer leaves as they
    // are; JavaPoet's $S would make a String of each character, at 100,000 codes a cost.
    return FieldSpec.builder(
            String.class, entry.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", StringLiterals.quoted(entry.code()))
        .build();
  }
}
