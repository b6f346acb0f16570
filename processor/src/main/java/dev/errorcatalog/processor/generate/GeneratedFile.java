package dev.errorcatalog.processor.generate;

/** One file of a generated catalog, rendered in memory so that nothing is written half. */
public sealed interface GeneratedFile {

  /**
   * A Java source file, pure ASCII.
   *
   * @param qualifiedName the top-level type's qualified name
   * @param text the source
   */
  record SourceFile(String qualifiedName, String text) implements GeneratedFile {}

  /**
   * A resource next to the generated type, such as a bundle.
   *
   * @param packageName the package the resource belongs to
   * @param relativeName the file name, such as {@code OcrErrors_zh_CN.properties}
   * @param bytes the content
   */
  // Rendered once and only written after: a defensive copy would double a large bundle.
  @SuppressWarnings("ArrayRecordComponent")
  record ResourceFile(String packageName, String relativeName, byte[] bytes)
      implements GeneratedFile {}
}
