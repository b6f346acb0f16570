package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Entry;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a generated entry, in the order of its constructor's parameters: the one list that
 * a small catalog's constructor calls, a large catalog's entries file ({@link EntryFileWriter}) and
 * the generated code that reads it all follow. A field is text ({@code null} where absent) or a
 * number ({@code -1} where absent).
 *
 * <p>To add a field, add a constant here, then the instance field that the constructor sets from
 * its parameter and any getter, in {@link CatalogTypeRenderer}.
 */
enum EntryField {
  /**
   * The position in table order, as in {@code all()}: by which {@link TranslatedMessages} finds its
   * messages.
   */
  ORDINAL("ordinal", Kind.NUMBER) {
    @Override
    Object value(Catalog catalog, Entry entry) {
      return entry.index();
    }
  },
  CODE("code", Kind.TEXT) {
    @Override
    Object value(Catalog catalog, Entry entry) {
      return entry.code();
    }
  },
  CATALOG("catalog", Kind.TEXT) {
    @Override
    Object value(Catalog catalog, Entry entry) {
      return entry.catalogId();
    }
  },
  HTTP_STATUS("httpStatus", Kind.NUMBER) {
    @Override
    Object value(Catalog catalog, Entry entry) {
      return entry.status().isPresent() ? entry.status().getAsInt() : Kind.ABSENT;
    }
  },
  CATEGORY("category", Kind.TEXT) {
    @Override
    Object value(Catalog catalog, Entry entry) {
      return entry.category().orElse(null);
    }
  },
  MESSAGE("message", Kind.TEXT) {
    @Override
    Object value(Catalog catalog, Entry entry) {
      return entry.message().textIn(catalog.defaultLocale()).orElseThrow();
    }
  };

  /** How a field is passed and packed. */
  enum Kind {
    TEXT,
    NUMBER;

    /** The number of an absent number field. */
    static final int ABSENT = -1;
  }

  private final String parameter;
  private final Kind kind;

  EntryField(String parameter, Kind kind) {
    this.parameter = parameter;
    this.kind = kind;
  }

  /**
   * The field's value for {@code entry}: a {@code String} (or {@code null}) or an {@code Integer}.
   */
  abstract Object value(Catalog catalog, Entry entry);

  /** The constructor's parameter. */
  String parameter() {
    return parameter;
  }

  /** The arguments of the constructor call that creates {@code entry}. */
  static CodeBlock arguments(Catalog catalog, Entry entry) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (EntryField field : values()) {
      Object value = field.value(catalog, entry);
      arguments.add(
          field.kind == Kind.TEXT ? StringLiterals.of((String) value) : CodeBlock.of("$L", value));
    }
    return CodeBlock.join(arguments, ",$W");
  }

  /**
   * The constructor's arguments read from {@code fields}, a {@code
   * dev.errorcatalog.runtime.EntryFields}.
   */
  static CodeBlock readArguments(String fields) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (EntryField field : values()) {
      arguments.add(CodeBlock.of("$N.$N()", fields, field.kind == Kind.TEXT ? "next" : "nextInt"));
    }
    return CodeBlock.join(arguments, ",$W");
  }

  /** Adds the constructor's parameters, in order. */
  static MethodSpec.Builder addParameters(MethodSpec.Builder constructor) {
    for (EntryField field : values()) {
      constructor.addParameter(
          field.kind == Kind.TEXT ? TypeName.get(String.class) : TypeName.INT, field.parameter);
    }
    return constructor;
  }
}
