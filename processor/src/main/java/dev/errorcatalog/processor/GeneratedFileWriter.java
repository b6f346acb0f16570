package dev.errorcatalog.processor;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Problem;
import dev.errorcatalog.processor.generate.GeneratedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * Writes a rendered catalog through the {@link Filer}, every file naming the annotated package as
 * its originating element (which Gradle's incremental compilation relies on). Sources are ASCII
 * already, so the writer's charset does not matter.
 */
final class GeneratedFileWriter {

  private final Filer filer;

  GeneratedFileWriter(Filer filer) {
    this.filer = filer;
  }

  /** Writes {@code files} in order; the problem of the first file the compiler refuses. */
  Optional<Problem> write(List<GeneratedFile> files, Element origin) {
    for (GeneratedFile file : files) {
      try {
        if (file instanceof GeneratedFile.SourceFile source) {
          try (Writer writer =
              filer.createSourceFile(source.qualifiedName(), origin).openWriter()) {
            writer.write(source.text());
          }
        } else if (file instanceof GeneratedFile.ResourceFile resource) {
          try (OutputStream out =
              filer
                  .createResource(
                      StandardLocation.CLASS_OUTPUT,
                      resource.packageName(),
                      resource.relativeName(),
                      origin)
                  .openOutputStream()) {
            out.write(resource.bytes());
          }
        }
      } catch (IOException | RuntimeException e) {
        return Optional.of(
            Problem.of(Message.WRITE_FAILED, Culprit.NAME, describe(file), e.getMessage()));
      }
    }
    return Optional.empty();
  }

  private static String describe(GeneratedFile file) {
    if (file instanceof GeneratedFile.SourceFile source) {
      return source.qualifiedName();
    }
    GeneratedFile.ResourceFile resource = (GeneratedFile.ResourceFile) file;
    return resource.packageName() + "/" + resource.relativeName();
  }
}
