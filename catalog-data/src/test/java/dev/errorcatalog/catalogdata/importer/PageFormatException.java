package dev.errorcatalog.catalogdata.importer;

/** A page's text does not look the way its parser expects: the import stops, nothing is guessed. */
final class PageFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  PageFormatException(String message) {
    super(message);
  }
}
