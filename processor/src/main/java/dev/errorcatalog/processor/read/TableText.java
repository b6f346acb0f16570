package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Outcome;
import dev.errorcatalog.processor.diagnostic.Problem;
import dev.errorcatalog.processor.diagnostic.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Decodes a table's bytes as strict UTF-8 and drops a leading byte-order mark. */
final class TableText {

  private TableText() {}

  /** The file's text, or a problem naming the line of the first byte that is not UTF-8. */
  static Outcome<String> decode(TableFile file, Culprit culprit) {
    // The JDK's own decoding is much faster than a decoder's, and it replaces every malformed
    // sequence with U+FFFD: a text without one is well-formed. Only a text with one (a real one,
    // or a bad byte) takes the strict decoder, which finds where.
    String decoded = new String(file.bytes(), StandardCharsets.UTF_8);
    if (decoded.indexOf('\uFFFD') < 0) {
      return Outcome.of(withoutByteOrderMark(decoded), List.of());
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(file.bytes());
    CharBuffer out = CharBuffer.allocate(file.bytes().length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      SourcePosition position = positionOf(file, offset);
      return Outcome.failed(
          Problem.at(Message.TABLE_NOT_UTF8, culprit, position, file.bytes()[offset] & 0xFF));
    }
    out.flip();
    return Outcome.of(withoutByteOrderMark(out.toString()), List.of());
  }

  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static SourcePosition positionOf(TableFile file, int offset) {
    int line = 1;
    int lineStart = 0;
    byte[] bytes = file.bytes();
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePosition(file.path(), line, offset - lineStart + 1);
  }
}
