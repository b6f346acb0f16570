package dev.errorcatalog.processor.generate;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.runtime.EntryFile;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes the entries file of a large catalog, in the format that {@code
 * dev.errorcatalog.runtime.EntryFile} and {@code EntryFields} document and read: the lookup's table
 * ({@link CodeTableEncoder#arrange}), the shared texts, and one record per entry, its {@link
 * EntryField}s in constructor order. Compact, because the JVM inflates every byte of it from the
 * jar on the first lookup.
 */
final class EntryFileWriter {

  private static final int HEADER_BYTES = 20;

  /**
   * The most bytes of records: positions in the file are ints, and the file is one array in the
   * processor and at run time. Each table is at most 64 MiB, so only a catalog of many huge tables
   * comes near, and javac's heap gives out first; this stops it before the array overflows.
   */
  private static final int MAX_RECORD_BYTES = 1 << 30;

  private EntryFileWriter() {}

  /**
   * An entries file.
   *
   * @param bytes the file
   * @param fingerprint the CRC-32 of everything after the header, which the header and the
   *     generated code both carry
   */
  // Written once and never changed: a defensive copy would double a file of megabytes.
  @SuppressWarnings("ArrayRecordComponent")
  record EntriesFile(byte[] bytes, int fingerprint) {}

  /** The entries file of {@code catalog}, whose entries {@code plan} hashes. */
  static EntriesFile write(Catalog catalog, LookupPlan plan) {
    int count = catalog.entries().size();
    CodeTableEncoder.Table table =
        CodeTableEncoder.arrange(plan.buckets(), plan.bucketBits(), Entry::index);
    Out out = new Out(HEADER_BYTES + 64 * count);
    out.write(new byte[HEADER_BYTES], 0, HEADER_BYTES); // filled in last, with the fingerprint
    List<int[]> chained = table(table, count, out);

    // The records come last, so their starts are known once the rest is laid out.
    Map<String, Integer> shared = sharedTexts(catalog);
    int[] starts = new int[count];
    Out records = records(catalog, shared, starts);
    Out rest = new Out(1024);
    rest.varint(chained.size());
    for (int[] link : chained) {
      rest.varint(link[0]);
      rest.varint(link[1]);
    }
    rest.varint(shared.size());
    CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
    for (String text : shared.keySet()) {
      rest.text(text, utf8);
    }
    rest.varint(records.size());
    int recordsStart = out.size() + 4 * count + rest.size();
    for (int start : starts) {
      out.fixedInt(recordsStart + start);
    }
    rest.writeTo(out);
    records.writeTo(out);

    byte[] bytes = out.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(bytes, HEADER_BYTES, bytes.length - HEADER_BYTES);
    int fingerprint = (int) crc.getValue();
    ByteBuffer.wrap(bytes)
        .putInt(EntryFile.MAGIC)
        .putInt(count)
        .putInt(plan.bucketBits())
        .putInt(table.slots().size())
        .putInt(fingerprint);
    return new EntriesFile(bytes, fingerprint);
  }

  /**
   * Writes the buckets, each slot's hash, each slot's entry and each entry's slot, as ints.
   *
   * @return the slots with a next slot, each as {slot, next}
   */
  private static List<int[]> table(CodeTableEncoder.Table table, int count, Out out) {
    for (long bucket : table.buckets()) {
      out.fixedInt(CodeTableEncoder.Table.multiplier(bucket));
      out.fixedInt(CodeTableEncoder.Table.shape(bucket));
    }
    List<CodeTableEncoder.Slot> slots = table.slots();
    for (CodeTableEncoder.Slot slot : slots) {
      out.fixedInt(slot.hash());
    }
    int[] slotOf = new int[count];
    List<int[]> chained = new ArrayList<>();
    for (int at = 0; at < slots.size(); at++) {
      CodeTableEncoder.Slot slot = slots.get(at);
      out.fixedInt(slot.entry());
      if (slot.entry() >= 0) {
        slotOf[slot.entry()] = at;
      }
      if (slot.next() >= 0) {
        chained.add(new int[] {at, slot.next()});
      }
    }
    for (int slot : slotOf) {
      out.fixedInt(slot);
    }
    return chained;
  }

  /** Every entry's record, in ordinal order, noting in {@code starts} where each starts. */
  private static Out records(Catalog catalog, Map<String, Integer> shared, int[] starts) {
    CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
    Out records = new Out(64 * starts.length);
    for (Entry entry : catalog.entries()) {
      starts[entry.index()] = records.size();
      for (EntryField field : EntryField.values()) {
        Object value = field.value(catalog, entry);
        if (value instanceof Integer number) {
          records.varint((number << 1) ^ (number >> 31)); // zigzag: -1 is 1
        } else if (value == null) {
          records.varint(0);
        } else if (shared.containsKey(value)) {
          records.varint(shared.get(value) << 2 | 3);
        } else {
          records.text((String) value, utf8);
        }
      }
      if (records.size() > MAX_RECORD_BYTES) {
        throw new IllegalStateException(
            "the entries of catalog "
                + catalog.name()
                + " take more than 1 GiB; split its tables into several catalogs");
      }
    }
    return records;
  }

  /**
   * The texts that fill more than one field, such as a catalog id or a category, each with its
   * index, in the order they first occur: the file holds each once, and the runtime one string.
   */
  private static Map<String, Integer> sharedTexts(Catalog catalog) {
    Map<String, Integer> uses = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (Entry entry : catalog.entries()) {
      for (EntryField field : EntryField.values()) {
        if (field.value(catalog, entry) instanceof String text
            && uses.merge(text, 1, Integer::sum) == 2) {
          order.add(text);
        }
      }
    }
    Map<String, Integer> shared = new LinkedHashMap<>();
    for (String text : order) {
      shared.put(text, shared.size());
    }
    return shared;
  }

  /** A byte array being written, with the file's number and text encodings. */
  private static final class Out extends ByteArrayOutputStream {

    Out(int size) {
      super(size);
    }

    void fixedInt(int value) {
      write(value >>> 24);
      write(value >>> 16);
      write(value >>> 8);
      write(value);
    }

    void varint(int value) {
      while ((value & ~0x7f) != 0) {
        write((value & 0x7f) | 0x80);
        value >>>= 7;
      }
      write(value);
    }

    /**
     * UTF-8, or UTF-16 for a text with a lone surrogate (from a JSON escape), which UTF-8 drops.
     */
    void text(String text, CharsetEncoder utf8) {
      if (utf8.canEncode(text)) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        varint(bytes.length << 2 | 1);
        writeBytes(bytes);
      } else {
        varint(text.length() << 3 | 2); // two bytes a char
        for (int i = 0; i < text.length(); i++) {
          write(text.charAt(i) >>> 8);
          write(text.charAt(i));
        }
      }
    }

    void writeTo(Out other) {
      other.write(buf, 0, count);
    }
  }
}
