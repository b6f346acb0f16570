package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.processor.MethodSizes;
import dev.errorcatalog.processor.model.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class LookupLayoutTest {

  private static CatalogLayout layout(List<String> codes) {
    return CatalogLayout.of(Fixtures.catalogOf(Fixtures.entries(codes)));
  }

  /** Random codes, plus codes whose hashCode() is equal ("Aa" and "BB" hash alike). */
  private static List<String> codesWithSharedHashes(int size) {
    Set<String> codes = new LinkedHashSet<>(List.of("X.AaAa", "X.AaBB", "X.BBAa", "X.BBBB"));
    codes.addAll(LookupPlanTest.randomCodes(new Random(size), size - codes.size()));
    return new ArrayList<>(codes);
  }

  /** The bytecode length of every method of the rendered catalog, compiled by this JDK's javac. */
  private static Map<String, Integer> compiledMethodSizes(CatalogLayout layout) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedFile file : new CatalogRenderer(Optional.empty()).render(layout.catalog())) {
      if (file instanceof GeneratedFile.SourceFile source) {
        sources.add(JavaFileObjects.forSourceString(source.qualifiedName(), source.text()));
      }
    }
    Compilation compilation = Compiler.javac().compile(sources);
    assertEquals(
        Compilation.Status.SUCCESS,
        compilation.status(),
        () -> compilation.diagnostics().toString());
    Map<String, Integer> sizes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String simpleName = file.getName().replaceAll(".*/|\\.class$", "");
        try (InputStream in = file.openInputStream()) {
          MethodSizes.of(in.readAllBytes())
              .forEach((method, size) -> sizes.put(simpleName + "." + method, size));
        }
      }
    }
    return sizes;
  }

  /**
   * The largest catalog of one class compiles (its static initializer and its table's stay within
   * 64 KiB), and the methods a lookup runs through are small enough for HotSpot to compile.
   */
  @Test
  void largestCatalogOfOneClassCompilesWithSmallLookupMethods() throws IOException {
    CatalogLayout layout = layout(codesWithSharedHashes(CatalogLayout.CONSTANTS_PER_CLASS));
    assertTrue(layout instanceof OneClassLayout);

    Map<String, Integer> sizes = compiledMethodSizes(layout);

    for (String method : List.of("TestErrors.find", "TestErrors.lookup")) {
      assertTrue(sizes.get(method) < 100, method + ": " + sizes.get(method) + " bytes");
    }
  }

  @Test
  void partsPartitionTheBucketsInOrder() {
    CatalogLayout layout = layout(codesWithSharedHashes(40_000));
    LookupLayout lookup = layout.lookup();

    List<LookupPlan.Bucket> buckets = new ArrayList<>();
    lookup
        .parts()
        .forEach(
            (part, ofPart) -> {
              for (LookupPlan.Bucket bucket : ofPart) {
                assertEquals((int) part, bucket.number() >>> lookup.partShift());
                buckets.add(bucket);
              }
            });
    assertEquals(lookup.plan().buckets(), buckets);
  }

  @Test
  void partsStayWithinTheirCodeBudget() {
    CatalogLayout layout = layout(codesWithSharedHashes(40_000));

    assertTrue(layout.lookup().parts().size() > 1);
    layout
        .lookup()
        .parts()
        .forEach(
            (part, buckets) -> {
              int codes =
                  buckets.stream()
                      .flatMap(bucket -> bucket.slots().stream())
                      .mapToInt(slot -> slot.entries().size())
                      .sum();
              assertTrue(
                  codes <= LookupLayout.CODES_PER_PART, "part " + part + ": " + codes + " codes");
            });
  }

  @Test
  void catalogOfOneClassIsOnePart() {
    CatalogLayout layout = layout(codesWithSharedHashes(CatalogLayout.CONSTANTS_PER_CLASS));

    assertEquals(1, layout.lookup().parts().size());
    assertEquals(layout.lookup().plan().bucketBits(), layout.lookup().partShift());
  }

  @Test
  void catalogTooLargeForOneClassHasManyParts() {
    CatalogLayout layout = layout(codesWithSharedHashes(12_000));

    assertTrue(layout instanceof PartsLayout);
    assertTrue(layout.lookup().parts().size() > 1);
  }
}
