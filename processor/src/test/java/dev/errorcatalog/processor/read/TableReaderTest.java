package dev.errorcatalog.processor.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Outcome;
import dev.errorcatalog.processor.diagnostic.Problem;
import dev.errorcatalog.processor.diagnostic.SourcePosition;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableReaderTest {

  private static final Culprit CULPRIT = Culprit.source(0);

  private static Outcome<RawTable> read(String path, byte[] bytes) {
    return new TableReader().read(new TableFile(path, "mem:" + path, bytes), CULPRIT);
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        out.writeBytes(text.getBytes(UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  private static Problem only(Outcome<RawTable> outcome) {
    assertTrue(outcome.value().isEmpty());
    assertEquals(1, outcome.problems().size(), () -> "problems: " + outcome.problems());
    return outcome.problems().get(0);
  }

  @Test
  void rejectsInvalidUtf8InCsvWithLineAndByte() {
    Problem problem =
        only(read("t/latin1.csv", bytes("code,message\nA.1,ok\nA.2,caf", 0xE9, "\n")));

    assertEquals(Message.TABLE_NOT_UTF8, problem.message());
    assertEquals(Optional.of(new SourcePosition("t/latin1.csv", 3, 8)), problem.position());
    assertTrue(problem.text().contains("0xE9"), problem.text());
  }

  @Test
  void rejectsInvalidUtf8InJsonWithLine() {
    Problem problem =
        only(
            read(
                "t/bad.json",
                bytes("{\"codes\": [\n{\"code\": \"A\",\n \"message\": \"", 0xC3, 0x28, "\"}]}")));

    assertEquals(Message.TABLE_NOT_UTF8, problem.message());
    assertEquals("t/bad.json", problem.position().orElseThrow().table());
    assertEquals(3, problem.position().orElseThrow().line());
    assertTrue(problem.text().contains("0xC3"), problem.text());
  }

  @Test
  void rejectsTruncatedUtf8SequenceAtEndOfFile() {
    Problem problem = only(read("t/cut.csv", bytes("code,message\nA.1,", 0xE4, 0xB8)));

    assertEquals(Message.TABLE_NOT_UTF8, problem.message());
    assertEquals("t/cut.csv", problem.position().orElseThrow().table());
    assertEquals(2, problem.position().orElseThrow().line());
  }

  @Test
  void rejectsEncodedSurrogates() {
    // CESU-8 / modified UTF-8 surrogate: not valid UTF-8.
    Problem problem = only(read("t/cesu.csv", bytes("code,message\nA.1,", 0xED, 0xA0, 0x80, "\n")));

    assertEquals(Message.TABLE_NOT_UTF8, problem.message());
  }

  @Test
  void keepsAReplacementCharacterTheTableReallyHolds() {
    // U+FFFD is what a malformed sequence decodes to: a real one must still be read as text.
    Outcome<RawTable> outcome = read("t/fffd.csv", bytes("code,message\nA.1,bad \uFFFD here\n"));

    assertEquals(
        "bad \uFFFD here", outcome.value().orElseThrow().entries().get(0).texts().get(0).text());
  }

  @Test
  void findsTheBadByteAfterARealReplacementCharacter() {
    Problem problem =
        only(read("t/both.csv", bytes("code,message\nA.1,\uFFFD\nA.2,caf", 0xE9, "\n")));

    assertEquals(Message.TABLE_NOT_UTF8, problem.message());
    assertEquals(Optional.of(new SourcePosition("t/both.csv", 3, 8)), problem.position());
  }

  @Test
  void toleratesByteOrderMarkInJson() {
    Outcome<RawTable> outcome =
        read(
            "t/bom.json",
            bytes(0xEF, 0xBB, 0xBF, "{\"codes\": [{\"code\": \"A\", \"message\": \"m\"}]}"));

    assertTrue(outcome.value().isPresent(), () -> outcome.problems().toString());
    assertEquals("A", outcome.value().get().entries().get(0).code().text());
  }

  @Test
  void decodesFourByteCharacters() {
    Outcome<RawTable> outcome =
        read("t/emoji.csv", bytes("code,message\nA.1,\uD83D\uDE00 \u4e2d\n"));

    assertEquals(
        "\uD83D\uDE00 \u4e2d",
        outcome.value().orElseThrow().entries().get(0).texts().get(0).text());
  }

  @Test
  void tableWithoutCodesIsEmptyForBothFormats() {
    assertEquals(Message.TABLE_EMPTY, only(read("t/e.json", bytes("{\"codes\": []}"))).message());
    assertEquals(Message.TABLE_EMPTY, only(read("t/e.csv", bytes("code,message\n"))).message());
    assertEquals(
        Message.TABLE_EMPTY,
        only(read("t/e.csv", bytes("# title: T\ncode,message\n\n,\n"))).message());
  }

  @Test
  void zeroByteFileIsAnErrorNotAnException() {
    for (String path : List.of("t/zero.json", "t/zero.csv")) {
      Outcome<RawTable> outcome = read(path, new byte[0]);
      assertTrue(outcome.value().isEmpty(), path);
      assertTrue(outcome.hasErrors(), path);
      assertEquals(path, outcome.problems().get(0).position().orElseThrow().table(), path);
    }
  }

  @Test
  void rejectsUnsupportedExtension() {
    Problem problem = only(read("t/codes.xlsx", bytes("whatever")));

    assertEquals(Message.UNSUPPORTED_FORMAT, problem.message());
    assertTrue(problem.text().contains("\"t/codes.xlsx\""), problem.text());
  }

  @Test
  void choosesFormatByCaseInsensitiveExtension() {
    Outcome<RawTable> outcome = read("t/UPPER.CSV", bytes("code,message\nA.1,m\n"));

    assertEquals("UPPER", outcome.value().orElseThrow().catalogId());
  }
}
