package dev.errorcatalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container of repeated {@link ErrorCatalog} annotations. Java writes it for you when a package
 * carries more than one {@code @ErrorCatalog}; you never need to write it yourself.
 */
@Documented
@Target(ElementType.PACKAGE)
@Retention(RetentionPolicy.CLASS)
public @interface ErrorCatalogs {

  /**
   * The catalogs declared on the package.
   *
   * @return the repeated annotations, in source order
   */
  ErrorCatalog[] value();
}
