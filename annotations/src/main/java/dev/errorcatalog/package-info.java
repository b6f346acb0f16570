/**
 * The annotation that declares an error catalog, and {@link dev.errorcatalog.ErrorCode}, the
 * interface every generated constant implements.
 */
package dev.errorcatalog;
