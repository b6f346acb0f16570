package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.runtime.PackedFields;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the processor packs, the runtime {@link PackedFields} reads back. */
class PackedFieldsWriterTest {

  private static String[] literals(PackedFieldsWriter writer) {
    List<String> literals = new ArrayList<>();
    for (List<String> piece : writer.pieces()) {
      String joined = String.join("", piece);
      assertTrue(joined.length() <= PackedFieldsWriter.CHARS_PER_PIECE, "piece too long");
      assertFalse(
          Character.isHighSurrogate(joined.charAt(joined.length() - 1)),
          "a piece ends inside a surrogate pair");
      literals.add(joined);
    }
    return literals.toArray(String[]::new);
  }

  @Test
  void readsBackEveryRecordAcrossPiecesIncludingOneLongerThanAPiece() {
    // A record longer than a piece, whose pairs start at an odd index (after 2 + 3 + 2 chars):
    // a high surrogate falls on the piece's last char, so the cut moves back one.
    String huge = "\uD83D\uDE00".repeat(PackedFieldsWriter.CHARS_PER_PIECE / 2 + 1);
    PackedFieldsWriter writer = new PackedFieldsWriter();
    for (int i = 0; i < 2_000; i++) {
      writer.number(i).text("AIS." + i).text(null).text("line\nbreak \"" + i + "\"").endRecord();
    }
    writer.number(-7).text("a").text(huge).text("").endRecord();

    PackedFields fields = new PackedFields(literals(writer));

    for (int i = 0; i < 2_000; i++) {
      assertEquals(i, fields.nextInt());
      assertEquals("AIS." + i, fields.next());
      assertNull(fields.next());
      assertEquals("line\nbreak \"" + i + "\"", fields.next());
    }
    assertEquals(-7, fields.nextInt());
    assertEquals("a", fields.next());
    assertEquals(huge, fields.next());
    assertEquals("", fields.next());
    assertThrows(IndexOutOfBoundsException.class, fields::nextInt, "nothing after the last record");
  }

  @Test
  void keepsEachRecordWholeWithinAPiece() {
    PackedFieldsWriter writer = new PackedFieldsWriter();
    for (int i = 0; i < 5_000; i++) {
      writer.text("x".repeat(i % 50)).endRecord();
    }

    List<List<String>> pieces = writer.pieces();

    assertTrue(pieces.size() > 1);
    assertEquals(5_000, pieces.stream().mapToInt(List::size).sum());
  }
}
