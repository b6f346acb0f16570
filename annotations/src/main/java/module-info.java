/**
 * The Error Catalog runtime API: {@link dev.errorcatalog.ErrorCatalog}, the {@link
 * dev.errorcatalog.ErrorCode} interface every generated constant implements, {@link
 * dev.errorcatalog.Catalog} and {@link dev.errorcatalog.Catalogs}, and the support code generated
 * catalogs call. No dependencies beyond {@code java.base}.
 */
module dev.errorcatalog {
  exports dev.errorcatalog;
  exports dev.errorcatalog.runtime;

  // Catalogs.installed() finds every generated catalog through ServiceLoader.
  uses dev.errorcatalog.Catalog;
}
