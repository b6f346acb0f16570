/**
 * The Error Catalog runtime API: {@link dev.errorcatalog.ErrorCatalog}, the {@link
 * dev.errorcatalog.ErrorCode} interface every generated constant implements, and the support code
 * generated catalogs call. No dependencies beyond {@code java.base}.
 */
module dev.errorcatalog {
  exports dev.errorcatalog;
  exports dev.errorcatalog.runtime;
}
