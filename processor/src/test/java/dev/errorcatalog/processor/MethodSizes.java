package dev.errorcatalog.processor;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bytecode length of every method in compiled classes, read straight from the class files (JVMS
 * 4), to check generated code against HotSpot's limit on the methods it compiles.
 */
public final class MethodSizes {

  /** HotSpot never JIT-compiles a larger method ({@code -XX:-DontCompileHugeMethods} aside). */
  public static final int HUGE_METHOD_LIMIT = 8_000;

  private MethodSizes() {}

  /** {@code Class.method} to code length, for every {@code .class} file under {@code root}. */
  public static Map<String, Integer> under(Path root) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> classes =
          new ArrayList<>(
              files.filter(file -> file.toString().endsWith(".class")).sorted().toList());
      for (Path file : classes) {
        String name = file.getFileName().toString().replace(".class", "");
        of(Files.readAllBytes(file))
            .forEach((method, size) -> sizes.put(name + "." + method, size));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sizes;
  }

  /** Method name to code length in one class file (overloads keep the last). */
  public static Map<String, Integer> of(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    in.skipBytes(8); // magic, minor, major
    int poolCount = in.readUnsignedShort();
    String[] utf8 = new String[poolCount];
    for (int i = 1; i < poolCount; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> in.skipBytes(2);
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++; // longs and doubles take two pool slots
        }
        default -> throw new IOException("constant pool tag " + tag);
      }
    }
    in.skipBytes(6); // access, this, super
    in.skipBytes(2 * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      in.skipBytes(6);
      skipAttributes(in);
    }
    Map<String, Integer> sizes = new LinkedHashMap<>();
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      in.skipBytes(2);
      String name = utf8[in.readUnsignedShort()];
      in.skipBytes(2);
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (attribute.equals("Code")) {
          in.skipBytes(4); // max_stack, max_locals
          sizes.put(name, in.readInt());
          in.skipBytes(length - 8);
        } else {
          in.skipBytes(length);
        }
      }
    }
    return sizes;
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.skipBytes(2);
      in.skipBytes(in.readInt());
    }
  }
}
