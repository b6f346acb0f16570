package dev.errorcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one artifact users put on their processor path, as built: its own dependencies are shaded and
 * relocated, so other processors' versions of Jackson and JavaPoet cannot break it, and what it
 * generates runs in a named module with its bundles in both locales.
 */
class ShadedProcessorJarIT {

  private static final Path PROCESSOR_JAR =
      Path.of(System.getProperty("errorcatalog.processorJar"));
  private static final Path IT_JARS = Path.of(System.getProperty("errorcatalog.itJars"));

  @TempDir Path project;

  @Test
  void carriesNoUnrelocatedDependencyClasses() throws IOException {
    List<String> foreign = new ArrayList<>();
    try (JarFile jar = new JarFile(PROCESSOR_JAR.toFile())) {
      for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
        String name = entries.nextElement().getName();
        if (name.endsWith(".class") && !name.startsWith("dev/errorcatalog/processor/")) {
          foreign.add(name);
        }
      }
      assertThat(jar.getEntry("META-INF/services/javax.annotation.processing.Processor"))
          .isNotNull();
      JarEntry gradle =
          jar.getEntry("META-INF/gradle/incremental.annotation.processors") == null
              ? null
              : jar.getJarEntry("META-INF/gradle/incremental.annotation.processors");
      assertThat(gradle).isNotNull();
      String category =
          new String(jar.getInputStream(gradle).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(category.strip())
          .isEqualTo("dev.errorcatalog.processor.ErrorCatalogProcessor,aggregating");
    }
    assertThat(foreign).isEmpty();
  }

  @Test
  void worksBesideOtherVersionsOfJacksonAndJavaPoetOnTheProcessorPath() throws IOException {
    writeProject("com.example.clash", "");
    // The other versions come first, so that they would win any clash.
    String processorPath =
        Stream.of(
                itJar("jackson-core-2.12.7.jar"),
                itJar("jackson-databind-2.12.7.jar"),
                itJar("javapoet-0.5.0.jar"),
                itJar("javapoet-1.13.0.jar"),
                PROCESSOR_JAR)
            .map(Path::toString)
            .collect(Collectors.joining(File.pathSeparator));
    Path classes =
        compile(
            List.of("--processor-path", processorPath, "-classpath", annotationsJar().toString()));
    assertThat(Files.exists(classes.resolve("com/example/clash/AppErrors.class"))).isTrue();
    assertThat(Files.exists(classes.resolve("com/example/clash/AppErrors_zh_CN.properties")))
        .isTrue();
  }

  @Test
  void generatesCodeThatFindsItsBundlesInANamedModule() throws Exception {
    writeProject(
        "com.example.modular",
        """
        module com.example.modular {
          requires dev.errorcatalog;
        }
        """);
    Path classes = compileModule();
    String generated =
        Files.readString(project.resolve("generated/com/example/modular/AppErrors.java"));
    // The module does not read java.compiler, so @Generated would not compile there.
    assertThat(generated).doesNotContain("@Generated");

    assertThat(runModule(classes, "com.example.modular/com.example.modular.Main"))
        .containsExactly("First.", "\u7b2c\u4e00", "Described.", "Described.", "First.")
        .inOrder();
  }

  @Test
  void installedFindsACatalogOfANamedModuleOnTheModulePath() throws Exception {
    writeProject(
        "com.example.registry",
        """
        module com.example.registry {
          requires dev.errorcatalog;
          provides dev.errorcatalog.Catalog with com.example.registry.AppErrors.Provider;
        }
        """);
    Files.writeString(
        project.resolve("src/main/java/com/example/registry/Installed.java"),
        """
        package com.example.registry;

        import dev.errorcatalog.Catalog;
        import dev.errorcatalog.Catalogs;

        public final class Installed {
          private Installed() {}

          public static void main(String[] args) {
            Catalogs catalogs = Catalogs.installed();
            for (Catalog<?> catalog : catalogs.catalogs()) {
              System.out.println(catalog.id() + " " + catalog.entries().size() + " "
                  + catalog.locales());
            }
            // On the module path ServiceLoader calls provider(): the very CATALOG object.
            System.out.println(catalogs.byId("app").orElseThrow() == AppErrors.CATALOG);
            System.out.println(catalogs.find("app", "APP.0001").orElseThrow() == AppErrors.APP_0001);
          }
        }
        """);
    Path classes = compileModule();

    assertThat(runModule(classes, "com.example.registry/com.example.registry.Installed"))
        .containsExactly("app 1 [en, zh_CN]", "true", "true")
        .inOrder();
  }

  @Test
  void largeCatalogReadsItsEntriesFileFromAModularJar() throws Exception {
    writeProject(
        "com.example.large",
        """
        module com.example.large {
          requires dev.errorcatalog;
        }
        """);
    StringBuilder table = new StringBuilder("code,message,message@zh-CN\n");
    for (int i = 1; i <= 2_500; i++) {
      table.append("APP.%04d,Message %d.,\u6d88\u606f %d\n".formatted(i, i, i));
    }
    Files.writeString(
        project.resolve("src/main/resources/tables/app.csv"), table, StandardCharsets.UTF_8);
    Files.writeString(
        project.resolve("src/main/java/com/example/large/Main.java"),
        """
        package com.example.large;

        import java.util.Locale;

        public final class Main {
          public static void main(String[] args) {
            System.out.println(AppErrors.lookup("APP.2400").orElseThrow().message());
            System.out.println(AppErrors.APP_0001.message(Locale.forLanguageTag("zh-CN")));
            System.out.println(AppErrors.all().size() + " " + (AppErrors.all().get(0) == AppErrors.APP_0001));
          }
        }
        """);
    Path classes = compileModule();
    assertThat(Files.exists(classes.resolve("com/example/large/AppErrors.entries"))).isTrue();
    // In a jar, as an application ships it: the entries file is a resource of a named module.
    Path jar = project.resolve("large.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> walk = Files.walk(classes)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }

    assertThat(runModule(jar, "com.example.large/com.example.large.Main"))
        .containsExactly("Message 2400.", "\u6d88\u606f 1", "2500 true")
        .inOrder();
  }

  /** Compiles the project as a named module, with the shaded processor. */
  private Path compileModule() throws IOException {
    return compile(
        List.of(
            "--processor-path",
            PROCESSOR_JAR.toString(),
            "--module-path",
            annotationsJar().toString()));
  }

  /** The lines a main class prints, run from {@code modules} and the runtime on the module path. */
  private static List<String> runModule(Path modules, String mainClass) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process run =
        new ProcessBuilder(
                java,
                "--module-path",
                modules + File.pathSeparator + annotationsJar(),
                "-m",
                mainClass)
            .redirectErrorStream(true)
            .start();
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage(output).that(run.exitValue()).isEqualTo(0);
    return output.lines().toList();
  }

  /** A package with a catalog of a table in its module's resources, and a main that reads it. */
  private void writeProject(String pkg, String moduleInfo) throws IOException {
    Path root = Files.createDirectories(project.resolve("src/main/java"));
    Path sources = Files.createDirectories(root.resolve(pkg.replace('.', '/')));
    if (!moduleInfo.isEmpty()) {
      Files.writeString(root.resolve("module-info.java"), moduleInfo);
    }
    Files.writeString(
        sources.resolve("package-info.java"),
        "@dev.errorcatalog.ErrorCatalog(name = \"AppErrors\", sources = \"tables/app.csv\")\n"
            + "package "
            + pkg
            + ";\n");
    Files.writeString(
        sources.resolve("Main.java"),
        """
        package %s;

        import java.util.Locale;

        public final class Main {
          public static void main(String[] args) {
            Locale.setDefault(Locale.forLanguageTag("zh-CN"));
            System.out.println(AppErrors.APP_0001.message(Locale.ENGLISH));
            System.out.println(AppErrors.APP_0001.message(Locale.forLanguageTag("zh-CN")));
            System.out.println(AppErrors.APP_0001.description(Locale.forLanguageTag("zh-CN")).get());
            System.out.println(AppErrors.APP_0001.description(Locale.FRENCH).get());
            System.out.println(AppErrors.lookup("APP.0001").get().message(Locale.FRENCH));
          }
        }
        """
            .formatted(pkg));
    Path tables = Files.createDirectories(project.resolve("src/main/resources/tables"));
    Files.writeString(
        tables.resolve("app.csv"),
        "code,message,message@zh-CN,description\nAPP.0001,First.,\u7b2c\u4e00,Described.\n",
        StandardCharsets.UTF_8);
  }

  private Path compile(List<String> pathOptions) throws IOException {
    Path classes = Files.createDirectories(project.resolve("classes"));
    Path generated = Files.createDirectories(project.resolve("generated"));
    List<String> options = new ArrayList<>(pathOptions);
    options.addAll(
        List.of(
            "--release",
            "17",
            "-encoding",
            "UTF-8",
            "-Werror",
            "-Xlint:all,-processing",
            "-Aerrorcatalog.missingTranslation=ignore",
            "-d",
            classes.toString(),
            "-s",
            generated.toString()));
    List<File> sources;
    try (Stream<Path> walk = Files.walk(project.resolve("src/main/java"))) {
      sources = walk.filter(path -> path.toString().endsWith(".java")).map(Path::toFile).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean ok =
          javac
              .getTask(
                  messages, files, null, options, null, files.getJavaFileObjectsFromFiles(sources))
              .call();
      assertWithMessage("javac %s:%n%s", options, messages).that(ok).isTrue();
    }
    return classes;
  }

  private static Path annotationsJar() {
    return itJar(
        "errorcatalog-annotations-"
            + System.getProperty("project.version", "0.1.0-SNAPSHOT")
            + ".jar");
  }

  private static Path itJar(String name) {
    Path jar = IT_JARS.resolve(name);
    assertWithMessage("%s exists", jar).that(Files.exists(jar)).isTrue();
    return jar;
  }
}
