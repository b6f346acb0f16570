/**
 * Support code for generated catalogs. Generated types call it; applications use {@link
 * dev.errorcatalog.ErrorCode} and the generated types instead.
 */
package dev.errorcatalog.runtime;
