package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogsTest {

  /** One entry of a hand-written catalog. */
  record Entry(String catalog, String code, String message) implements ErrorCode {

    @Override
    public OptionalInt httpStatus() {
      return OptionalInt.empty();
    }

    @Override
    public Optional<String> category() {
      return Optional.empty();
    }

    @Override
    public String message(Locale locale) {
      return message;
    }

    @Override
    public Optional<String> description(Locale locale) {
      return Optional.empty();
    }

    @Override
    public Optional<String> solution(Locale locale) {
      return Optional.empty();
    }
  }

  /** A hand-written catalog, standing in for a generated one. */
  static class TinyCatalog implements Catalog<Entry> {
    private final String id;
    private final Map<String, Entry> byCode;
    private final List<Entry> entries;

    TinyCatalog(String id, String... codeThenMessage) {
      this.id = id;
      List<Entry> list = new ArrayList<>();
      for (int i = 0; i < codeThenMessage.length; i += 2) {
        list.add(new Entry(id, codeThenMessage[i], codeThenMessage[i + 1]));
      }
      this.entries = List.copyOf(list);
      Map<String, Entry> map = new java.util.HashMap<>();
      list.forEach(entry -> map.put(entry.code(), entry));
      this.byCode = Map.copyOf(map);
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Optional<String> title() {
      return Optional.empty();
    }

    @Override
    public Optional<String> source() {
      return Optional.empty();
    }

    @Override
    public Optional<String> note() {
      return Optional.empty();
    }

    @Override
    public Locale defaultLocale() {
      return Locale.ENGLISH;
    }

    @Override
    public Set<Locale> locales() {
      return Set.of(Locale.ENGLISH);
    }

    @Override
    public List<Entry> entries() {
      return entries;
    }

    @Override
    public Optional<Entry> lookup(String code) {
      return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    @Override
    public String bundleBaseName() {
      return getClass().getName();
    }
  }

  private final TinyCatalog ocr = new TinyCatalog("ocr", "AIS.0101", "Bad input.", "X.1", "x");
  private final TinyCatalog apig =
      new TinyCatalog("apig", "APIG.0201", "Backend timeout.", "X.1", "y");

  @Test
  void keepsTheGivenOrder() {
    Catalogs catalogs = Catalogs.of(ocr, apig);

    assertEquals(List.of(ocr, apig), catalogs.catalogs());
    assertEquals("Catalogs[ocr, apig]", catalogs.toString());
  }

  @Test
  void resolvesACodeInEveryCatalogThatDocumentsItInCatalogOrder() {
    List<ErrorCode> found = Catalogs.of(apig, ocr).resolve("X.1");

    assertEquals(List.of(apig.lookup("X.1").get(), ocr.lookup("X.1").get()), found);
    assertEquals(List.of(), Catalogs.of(apig, ocr).resolve("X.2"));
    assertEquals(List.of(), Catalogs.of(apig, ocr).resolve(null));
  }

  @Test
  void findsACodeInTheCatalogOfAnIdOnly() {
    Catalogs catalogs = Catalogs.of(ocr, apig);

    assertEquals("y", catalogs.find("apig", "X.1").orElseThrow().message());
    assertEquals(Optional.empty(), catalogs.find("apig", "AIS.0101"));
    assertEquals(Optional.empty(), catalogs.find("nope", "X.1"));
    assertEquals(Optional.empty(), catalogs.find(null, "X.1"));
    assertEquals(Optional.empty(), catalogs.find("ocr", null));
  }

  @Test
  void findAsksEveryCatalogSharingTheIdInOrder() {
    TinyCatalog second = new TinyCatalog("ocr", "Z.9", "z");

    assertEquals("z", Catalogs.of(ocr, second).find("ocr", "Z.9").orElseThrow().message());
  }

  @Test
  void byIdGivesTheFirstCatalogOfThatId() {
    TinyCatalog second = new TinyCatalog("ocr", "Z.9", "z");
    Catalogs catalogs = Catalogs.of(ocr, apig, second);

    assertSame(ocr, catalogs.byId("ocr").orElseThrow());
    assertSame(apig, catalogs.byId("apig").orElseThrow());
    assertEquals(Optional.empty(), catalogs.byId("OCR"));
    assertEquals(Optional.empty(), catalogs.byId(null));
  }

  @Test
  void isImmutable() {
    Catalog<?>[] given = {ocr, apig};
    Catalogs catalogs = Catalogs.of(given);
    given[0] = apig;

    assertEquals(List.of(ocr, apig), catalogs.catalogs());
    assertThrows(UnsupportedOperationException.class, () -> catalogs.catalogs().clear());
    assertThrows(UnsupportedOperationException.class, () -> catalogs.resolve("X.1").clear());
  }

  @Test
  void rejectsANullCatalog() {
    assertThrows(NullPointerException.class, () -> Catalogs.of(ocr, null));
  }

  // installed() over real generated catalogs is tested in the processor module
  // (CatalogRegistryTest): there they are on the class path, in the unnamed module, as in an
  // application; here the tests run inside the named module dev.errorcatalog, whose classes
  // ServiceLoader does not take from META-INF/services.

  @Test
  void installedFindsNothingWhereNothingIsRegistered(@TempDir Path root) throws IOException {
    Catalogs catalogs = withContextLoader(root, Catalogs::installed);

    assertEquals(List.of(), catalogs.catalogs());
  }

  private static Catalogs withContextLoader(Path root, java.util.function.Supplier<Catalogs> action)
      throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {root.toUri().toURL()}, CatalogsTest.class.getClassLoader())) {
      thread.setContextClassLoader(loader);
      return action.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
