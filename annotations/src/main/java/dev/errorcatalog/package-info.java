/**
 * The annotation that declares an error catalog; {@link dev.errorcatalog.ErrorCode}, the interface
 * every generated constant implements; {@link dev.errorcatalog.Catalog}, a whole catalog as an
 * object; and {@link dev.errorcatalog.Catalogs}, the catalogs installed on the class path.
 */
package dev.errorcatalog;
