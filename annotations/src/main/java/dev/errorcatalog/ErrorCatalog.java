package dev.errorcatalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an error catalog: at compile time, the Error Catalog processor reads the tables named by
 * {@link #sources()} and generates, in the annotated package, a type {@link #name()} with one
 * constant per documented error code, a {@code lookup(String)} method and resource bundles with the
 * codes' texts.
 *
 * <pre>{@code
 * @ErrorCatalog(name = "OcrErrors", sources = "errorcatalog/huaweicloud/ocr.json")
 * package com.example.ocr;
 *
 * import dev.errorcatalog.ErrorCatalog;
 * }</pre>
 *
 * <p>The annotation may be repeated: one {@code package-info.java} can declare several catalogs.
 */
@Documented
@Target(ElementType.PACKAGE)
@Retention(RetentionPolicy.CLASS)
@Repeatable(ErrorCatalogs.class)
public @interface ErrorCatalog {

  /**
   * The simple name of the generated type, which is placed in the annotated package.
   *
   * @return a Java identifier such as {@code "OcrErrors"}
   */
  String name();

  /**
   * Resource paths of the JSON ({@code .json}) or CSV ({@code .csv}) tables of this catalog, such
   * as {@code "errorcatalog/huaweicloud/ocr.json"}. A table is searched for in the compilation's
   * class output and source path, on its class path (for example in a jar such as catalog-data) and
   * in the module's own {@code src/main/resources}; when it is found nowhere, the compiler error
   * lists every place tried. The entries of all tables form one catalog, in table order.
   *
   * @return one or more resource paths, relative to a class-path root
   */
  String[] sources();

  /**
   * The locale of texts that carry no locale (a plain JSON string, an un-suffixed CSV column). Its
   * texts form the root resource bundle, to which every other locale falls back.
   *
   * @return a BCP 47 language tag such as {@code "en"} or {@code "zh-CN"}
   */
  String defaultLocale() default "en";
}
