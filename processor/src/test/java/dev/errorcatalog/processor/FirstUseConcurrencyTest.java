package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.Compilations.catalog;
import static dev.errorcatalog.processor.Compilations.packageInfo;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.ErrorCode;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first use of a generated catalog from 16 threads at once, in every mix of constants (of
 * different interfaces), {@code lookup}, {@code all()} and {@code message(Locale)}, each time in a
 * fresh class loader so that every class is initialized anew: no thread deadlocks (a round that
 * does not finish in time fails the test instead of hanging it), and none sees {@code null} or an
 * entry other than the one every other path gives.
 */
class FirstUseConcurrencyTest {

  private static final int THREADS = 16;
  private static final int ROUNDS = 100;
  private static final long ROUND_TIMEOUT_SECONDS = 60;
  private static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");

  @TempDir Path tables;
  @TempDir Path classes;

  @Test
  void largeCatalogInitializesSafelyFromSixteenThreads() throws Exception {
    runRounds(600); // 6,000 codes: the entries file, constants interfaces
  }

  @Test
  void catalogOfOneClassInitializesSafelyFromSixteenThreads() throws Exception {
    runRounds(30); // 300 codes: one class
  }

  private void runRounds(int perService) throws Exception {
    LargeCatalogTest.writeTable(tables.resolve("big.csv"), perService);
    Compilation compilation =
        Compilations.compile(
            List.of(Compilations.resourceDirs(tables)),
            packageInfo("com.example.big", catalog("BigErrors", "big.csv")));
    assertThat(compilation).succeededWithoutWarnings();
    Compilations.load(compilation, classes).close(); // writes the class files and bundles
    assertThat(Files.exists(classes.resolve("com/example/big/BigErrors.class"))).isTrue();

    ExecutorService threads =
        Executors.newFixedThreadPool(
            THREADS,
            task -> {
              Thread thread = new Thread(task, "first-use");
              thread.setDaemon(true); // a deadlocked thread must not keep the JVM alive
              return thread;
            });
    try {
      Random random = new Random(perService);
      for (int round = 0; round < ROUNDS; round++) {
        runRound(threads, perService, random, round);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private void runRound(ExecutorService threads, int perService, Random random, int round)
      throws Exception {
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, FirstUseConcurrencyTest.class.getClassLoader())) {
      CountDownLatch start = new CountDownLatch(1);
      List<String> codes = new ArrayList<>();
      List<Future<ErrorCode>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        String code =
            LargeCatalogTest.code(
                LargeCatalogTest.SERVICES.get(random.nextInt(LargeCatalogTest.SERVICES.size())),
                random.nextInt(perService));
        codes.add(code);
        Callable<ErrorCode> firstUse = firstUse((t + round) % 4, loader, code);
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  return firstUse.call();
                }));
      }
      start.countDown();

      Class<?> type = Class.forName("com.example.big.BigErrors", false, loader);
      for (int t = 0; t < THREADS; t++) {
        ErrorCode entry;
        try {
          entry = results.get(t).get(ROUND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          throw new AssertionError("round " + round + ": deadlock, or a thread hung", e);
        }
        String code = codes.get(t);
        assertWithMessage("round %s, %s", round, code).that(entry).isNotNull();
        assertThat(entry.code()).isEqualTo(code);
        Object constant =
            type.getField(LargeCatalogTest.constantName(code)).get(null); // already initialized
        assertWithMessage("round %s, %s", round, code).that(entry).isSameInstanceAs(constant);
      }
    }
  }

  /** One way to use a catalog first: its result is the entry of {@code code}. */
  private static Callable<ErrorCode> firstUse(int kind, ClassLoader loader, String code) {
    return () -> {
      Class<?> type = Class.forName("com.example.big.BigErrors", false, loader);
      return switch (kind) {
        // a constant, as NAME.CONSTANT reads it
        case 0 -> (ErrorCode) type.getField(LargeCatalogTest.constantName(code)).get(null);
        case 1 ->
            (ErrorCode)
                ((Optional<?>) type.getMethod("lookup", String.class).invoke(null, code))
                    .orElseThrow();
        case 2 -> { // all(): every entry created, none null
          ErrorCode found = null;
          for (Object element : (List<?>) type.getMethod("all").invoke(null)) {
            ErrorCode entry = (ErrorCode) element;
            if (entry.code().equals(code)) {
              found = entry;
            }
          }
          yield found;
        }
        default -> { // message(Locale) of a constant, which loads a message holder
          ErrorCode entry =
              (ErrorCode) type.getField(LargeCatalogTest.constantName(code)).get(null);
          if (!entry.message(ZH_CN).startsWith(code) || entry.message(Locale.ENGLISH).isEmpty()) {
            throw new AssertionError("message of " + code + ": " + entry.message(ZH_CN));
          }
          yield entry;
        }
      };
    };
  }
}
