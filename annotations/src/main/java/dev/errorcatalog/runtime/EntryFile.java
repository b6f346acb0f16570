package dev.errorcatalog.runtime;

import dev.errorcatalog.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * The entries of a large generated catalog and their perfect-hash table, read from the entries file
 * {@code NAME.entries} that the processor writes next to the catalog type. Used by generated code;
 * not meant to be called directly.
 *
 * <p>Why a file: class files are the dearest way to carry data into a JVM. Kept in classes of about
 * 1,000 entries each, a 100,000-code catalog cost about 1.2 ms per class to load and initialize, so
 * 1,000 random lookups in a fresh JVM took over 200 ms. This file is read once, on the first
 * lookup, and each entry is created when it is first used.
 *
 * <p>The file, in big-endian ints and the varints and texts that {@link EntryFields} reads:
 *
 * <ol>
 *   <li>a header of five ints: {@value #MAGIC} ({@code ECE1}), the number of entries, {@code
 *       bucketBits}, the number of slots, and a fingerprint that the generated code names too, so
 *       that an entries file from another build is refused;
 *   <li>two ints per bucket ({@code 2^bucketBits}), as {@link CodeTable} reads them: the bucket's
 *       multiplier, then its first slot shifted left by 8 or'ed with its {@code tableBits};
 *   <li>an int per slot, its hash (0 for an empty slot); then an int per slot, the ordinal of its
 *       entry (-1 for none);
 *   <li>an int per entry, in ordinal order, its slot; then an int per entry, where its record
 *       starts in the file;
 *   <li>the slots with a next slot (codes of equal hash): their count, then per slot two varints,
 *       the slot and its next;
 *   <li>the shared texts: their count, then each as a text field;
 *   <li>the length of the records, a varint, then one record per entry, in ordinal order: its
 *       fields in the order of the catalog type's constructor.
 * </ol>
 *
 * <p>Threads may race to create an entry; one lock makes sure that each is created once, so the
 * constants, {@code lookup} and {@code all()} return the same instance. Reads take no lock: an
 * entry has only final fields, so a thread that sees it sees it whole.
 *
 * @param <E> the catalog type
 */
public abstract class EntryFile<E extends ErrorCode> {

  /** The first int of an entries file: {@code ECE1} in ASCII. */
  public static final int MAGIC = 0x45434531;

  private final int bucketBits;
  private final int[] buckets;
  private final int[] hashes;
  private final int[] ordinals;
  private final int[] next;

  /** Per ordinal: its slot. */
  private final int[] slots;

  /** The file, whose records the entries are created from. */
  private final byte[] data;

  private final int[] recordStarts;
  private final String[] shared;

  /** Per slot: its entry, once created. */
  private final ErrorCode[] entries;

  /** Per slot: the code of its entry, once created, which a lookup compares. */
  private final String[] codes;

  /**
   * Reads an entries file and closes it.
   *
   * @param in the file, opened by the generated catalog type (in a named module, only a class of
   *     the catalog's own module may open it), or {@code null} where it was not found
   * @param name the file's name, for messages
   * @param count how many entries the catalog type was compiled with
   * @param fingerprint the fingerprint the catalog type was compiled with
   * @throws IllegalStateException if the file is missing or not the one the catalog type was
   *     compiled with
   * @throws UncheckedIOException if reading the file fails
   */
  protected EntryFile(InputStream in, String name, int count, int fingerprint) {
    this.data = readAll(in, name);
    try {
      EntryFields file = new EntryFields(data, 0, new String[0]);
      int magic = file.fixedInt();
      int entryCount = file.fixedInt();
      this.bucketBits = file.fixedInt();
      int slotCount = file.fixedInt();
      int filePrint = file.fixedInt();
      if (magic != MAGIC
          || entryCount != count
          || filePrint != fingerprint
          || bucketBits < 0
          || bucketBits > 30) {
        throw stale(name);
      }
      // Arrays as the lookup reads them, copied in bulk: a loop per entry would run interpreted.
      this.buckets = ints(file, 2 << bucketBits);
      this.hashes = ints(file, slotCount);
      this.ordinals = ints(file, slotCount);
      this.slots = ints(file, count);
      this.recordStarts = ints(file, count);
      this.next = new int[slotCount];
      Arrays.fill(next, -1);
      for (int i = file.varint(); i > 0; i--) {
        int slot = file.varint();
        next[slot] = file.varint();
      }
      this.shared = new String[file.varint()];
      for (int i = 0; i < shared.length; i++) {
        shared[i] = file.next();
      }
      file.skip(file.varint());
      if (file.position() != data.length) {
        throw stale(name);
      }
    } catch (RuntimeException e) {
      // A short or malformed file: an index out of bounds, a negative size.
      if (e instanceof IllegalStateException) {
        throw e;
      }
      IllegalStateException stale = stale(name);
      stale.initCause(e);
      throw stale;
    }
    this.entries = new ErrorCode[ordinals.length];
    this.codes = new String[ordinals.length];
  }

  private static byte[] readAll(InputStream in, String name) {
    if (in == null) {
      throw new IllegalStateException(
          name
              + " is missing next to its catalog class: keep the *.entries files that Error"
              + " Catalog generates when packaging or shrinking the application");
    }
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private int[] ints(EntryFields file, int count) {
    if (count < 0 || 4L * count > data.length - file.position()) {
      // A damaged size: refused before it allocates, as an index out of bounds would be.
      throw new IndexOutOfBoundsException(count);
    }
    int[] values = new int[count];
    ByteBuffer.wrap(data, file.position(), 4 * count).asIntBuffer().get(values);
    file.skip(4 * count);
    return values;
  }

  private static IllegalStateException stale(String name) {
    return new IllegalStateException(
        name + " is not the entries file its catalog class was compiled with: rebuild both");
  }

  /**
   * Creates the entry whose fields {@code fields} reads, by calling the catalog type's constructor.
   * Called with this object's lock held: the entry must have only final fields (a lookup reads it
   * without the lock) and must not call back into this object.
   *
   * @param fields the entry's fields, in the order of the constructor's parameters
   * @return the new entry
   */
  protected abstract E create(EntryFields fields);

  /**
   * The entry of a code, or {@code null} if the catalog lacks it. Allocates nothing once the entry
   * has been created.
   *
   * @param code the code, not {@code null}
   * @return the entry, or {@code null}
   */
  public final E find(String code) {
    int hash = code.hashCode();
    int slot = CodeHash.slotIn(buckets, CodeHash.bucket(hash, bucketBits), hash);
    if (hashes[slot] != hash) {
      return null; // the slot of every code of this hash, if there were one
    }
    do {
      String known = codes[slot];
      if (known == null) {
        if (ordinals[slot] < 0) {
          return null; // an empty slot, whose hash is 0
        }
        known = created(slot).code();
      }
      if (code.equals(known)) {
        return entryAt(slot);
      }
      slot = next[slot];
    } while (slot >= 0);
    return null;
  }

  /**
   * The entry of an ordinal, as {@code all()} orders them.
   *
   * @param ordinal the ordinal
   * @return the entry, created if it was not yet
   * @throws IndexOutOfBoundsException if there is no such ordinal
   */
  public final E entry(int ordinal) {
    return entryAt(slots[ordinal]);
  }

  /**
   * Every entry, in ordinal order, each created if it was not yet.
   *
   * @return an unmodifiable list
   */
  public final List<E> all() {
    @SuppressWarnings("unchecked")
    E[] all = (E[]) new ErrorCode[slots.length];
    // One lock and one reader for them all: all() is what creates most entries at once.
    synchronized (this) {
      EntryFields fields = new EntryFields(data, 0, shared);
      for (int ordinal = 0; ordinal < all.length; ordinal++) {
        all[ordinal] = createdLocked(slots[ordinal], fields);
      }
    }
    return List.of(all);
  }

  @SuppressWarnings("unchecked")
  private E entryAt(int slot) {
    ErrorCode entry = entries[slot];
    return entry != null ? (E) entry : created(slot);
  }

  /** The entry of a non-empty slot, created under the lock unless another thread did first. */
  private synchronized E created(int slot) {
    return createdLocked(slot, new EntryFields(data, 0, shared));
  }

  /**
   * The entry of a non-empty slot, created with {@code fields} if no thread did; under the lock.
   */
  @SuppressWarnings("unchecked")
  private E createdLocked(int slot, EntryFields fields) {
    ErrorCode entry = entries[slot];
    if (entry == null) {
      fields.moveTo(recordStarts[ordinals[slot]]);
      entry = create(fields);
      entries[slot] = entry;
      codes[slot] = entry.code();
    }
    return (E) entry;
  }
}
