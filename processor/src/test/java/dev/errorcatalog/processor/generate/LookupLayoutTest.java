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
   * Methods are sized by estimate, without compiling; the estimate must not be below what javac
   * emits (or a method could pass HotSpot's limit unseen), nor so far above it that methods are
   * needlessly small.
   */
  @Test
  void estimateBoundsTheBytecodeJavacEmitsForEveryGroup() throws IOException {
    for (int size : new int[] {150, 1_000, CatalogLayout.CONSTANTS_PER_CLASS}) {
      CatalogLayout layout = layout(codesWithSharedHashes(size));
      LookupLayout lookup = layout.lookup();
      Map<String, Integer> compiled = compiledMethodSizes(layout);
      assertTrue(layout instanceof SwitchLayout);
      for (LookupLayout.Group group : lookup.groups()) {
        String method =
            layout.type().simpleName()
                + "."
                + (lookup.groups().size() == 1 ? "find" : "group" + group.number());
        int actual = compiled.get(method);
        int estimate = BytecodeEstimate.groupMethod(group.buckets());
        assertTrue(actual <= estimate, method + ": " + actual + " bytes, estimated " + estimate);
        assertTrue(
            estimate <= actual * 1.2 + 64,
            method + ": " + actual + " bytes, estimated " + estimate);
      }
    }
  }

  @Test
  void groupsFillMethodsUpToTheBudget() {
    int size = CatalogLayout.CONSTANTS_PER_CLASS;
    CatalogLayout layout = layout(codesWithSharedHashes(size));
    LookupLayout lookup = layout.lookup();

    int codesPerGroup = size / lookup.groups().size();
    assertTrue(codesPerGroup >= 140, "only " + codesPerGroup + " codes a method");
    lookup
        .parts()
        .forEach(
            (part, groups) -> {
              for (int i = 0; i < groups.size(); i++) {
                List<LookupPlan.Bucket> buckets = groups.get(i).buckets();
                assertTrue(BytecodeEstimate.groupMethod(buckets) <= LookupLayout.METHOD_BYTES);
                if (i + 1 < groups.size()) {
                  // A group ends only when the next bucket would not fit.
                  List<LookupPlan.Bucket> grown = new ArrayList<>(buckets);
                  grown.add(groups.get(i + 1).buckets().get(0));
                  assertTrue(BytecodeEstimate.groupMethod(grown) > LookupLayout.METHOD_BYTES);
                }
              }
            });
  }

  @Test
  void groupsPartitionTheBucketsInOrderWithinTheirPart() {
    CatalogLayout layout = layout(codesWithSharedHashes(40_000));
    LookupLayout lookup = layout.lookup();

    List<LookupPlan.Bucket> buckets = new ArrayList<>();
    int number = 0;
    for (Map.Entry<Integer, List<LookupLayout.Group>> part : lookup.parts().entrySet()) {
      for (LookupLayout.Group group : part.getValue()) {
        assertEquals(number++, group.number());
        for (LookupPlan.Bucket bucket : group.buckets()) {
          assertEquals((int) part.getKey(), bucket.number() >>> lookup.partShift());
          buckets.add(bucket);
        }
      }
    }
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
            (part, groups) -> {
              int codes =
                  groups.stream()
                      .flatMap(group -> group.buckets().stream())
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
    assertTrue(layout.lookup().groups().size() > 1);
  }

  @Test
  void catalogTooLargeForOneClassHasOneTableAPart() {
    CatalogLayout layout = layout(codesWithSharedHashes(12_000));

    assertTrue(layout instanceof TableLayout);
    assertTrue(layout.lookup().parts().size() > 1);
    layout.lookup().parts().forEach((part, groups) -> assertEquals(1, groups.size()));
  }

  @Test
  void smallCatalogIsOneGroup() {
    CatalogLayout layout = layout(codesWithSharedHashes(100));

    assertEquals(1, layout.lookup().groups().size());
  }
}
