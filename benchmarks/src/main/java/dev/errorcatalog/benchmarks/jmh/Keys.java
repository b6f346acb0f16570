package dev.errorcatalog.benchmarks.jmh;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import sun.misc.Unsafe;

/**
 * Lookup keys as a service meets them: strings built at run time, equal to but never the same
 * object as the catalog's literals, whose {@code hashCode()} has not been computed yet.
 *
 * <p>A {@code String} caches its hash after the first {@code hashCode()}. Building a new string per
 * operation would put an allocation and a copy into every measurement (and into {@code -prof gc}'s
 * numbers), so the benchmarks build each key once and clear its cached hash before every use with
 * {@link #forgetHash}: a single {@code int} store that makes the next {@code hashCode()} compute
 * the hash again from the characters, as for a key just parsed from a response.
 *
 * <p>The benchmarks create their keys in the order they use them, so that walking the key array
 * walks memory in order: like a key just parsed, the key is in the cache, while the catalog's (or
 * the map's) memory for a random code is not.
 */
final class Keys {

  private static final Unsafe UNSAFE;
  private static final long HASH;

  static {
    try {
      Field theUnsafe = Unsafe.class.getDeclaredField("theUnsafe");
      theUnsafe.setAccessible(true);
      UNSAFE = (Unsafe) theUnsafe.get(null);
      HASH = UNSAFE.objectFieldOffset(String.class.getDeclaredField("hash"));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
    String probe = fresh("AIS.0014");
    int hash = probe.hashCode();
    if (UNSAFE.getInt(probe, HASH) != hash) {
      throw new ExceptionInInitializerError(
          "String.hash is not where this JDK was expected to keep it");
    }
  }

  private Keys() {}

  /** Clears the cached hash of {@code key}: its next {@code hashCode()} computes it again. */
  static void forgetHash(String key) {
    UNSAFE.putInt(key, HASH, 0);
  }

  /** A new string equal to {@code code}, not the interned literal. */
  static String fresh(String code) {
    return new String(code.toCharArray());
  }

  /**
   * A code of the same shape that {@code codes} does not contain: its first digit changed ({@code
   * AIS.00042} becomes {@code AIS.90042}), else its last character, else a digit appended.
   */
  static String missing(String code, Set<String> codes) {
    int firstDigit = -1;
    for (int i = 0; i < code.length() && firstDigit < 0; i++) {
      firstDigit = Character.isDigit(code.charAt(i)) ? i : -1;
    }
    for (int position : new int[] {firstDigit, code.length() - 1}) {
      if (position < 0) {
        continue;
      }
      for (char c : "9876543210ZYX".toCharArray()) {
        String candidate = code.substring(0, position) + c + code.substring(position + 1);
        if (!codes.contains(candidate)) {
          return candidate;
        }
      }
    }
    return missing(code + "0", codes);
  }

  /** Positions 0 to n-1 in a fixed random order, so that runs compare the same sequence. */
  static int[] shuffledOrder(int n) {
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(20_260_101L));
    return order.stream().mapToInt(Integer::intValue).toArray();
  }
}
