package dev.errorcatalog.processor.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.errorcatalog.processor.diagnostic.Culprit;
import dev.errorcatalog.processor.diagnostic.Message;
import dev.errorcatalog.processor.diagnostic.Outcome;
import dev.errorcatalog.processor.diagnostic.Problem;
import dev.errorcatalog.processor.diagnostic.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JSON table with Jackson's streaming parser, which keeps the line and column of every row
 * and value for messages:
 *
 * <pre>
 * {"catalog": "ocr", "title": "...", "source": "...", "note": "...",
 *  "docs": "https://example.com/errors/{code}",
 *  "codes": [{"code": "AIS.0101", "status": 400, "category": "OCR",
 *             "message": {"en": "...", "zh-CN": "..."}, "description": "...", "solution": "...",
 *             "docs": "https://...", "deprecated": "reason", "replacedBy": "AIS.0102"}]}
 * </pre>
 *
 * A text is a string (the catalog's default locale) or an object from language tag to string.
 * Unknown fields are errors: a misspelt field would otherwise drop data silently.
 */
public final class JsonTableReader {

  /** Deep enough for any table, shallow enough that nesting cannot exhaust the stack. */
  static final int MAX_NESTING_DEPTH = 32;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .maxDocumentLength(TableLocator.MAX_TABLE_BYTES)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** Reads {@code text}, the decoded content of {@code file}. */
  public Outcome<RawTable> read(TableFile file, String text, Culprit culprit) {
    Session session = new Session(file.path(), culprit);
    JsonParser parser = null;
    try {
      parser = FACTORY.createParser(text);
      return session.readTable(parser, file.baseName());
    } catch (StreamConstraintsException e) {
      session.problems.add(
          Problem.at(
              Message.JSON_TOO_DEEP,
              culprit,
              position(file, e.getLocation(), parser),
              MAX_NESTING_DEPTH));
      return Outcome.failed(session.problems);
    } catch (JacksonException e) {
      session.problems.add(
          Problem.at(
              Message.MALFORMED_JSON,
              culprit,
              position(file, e.getLocation(), parser),
              e.getOriginalMessage()));
      return Outcome.failed(session.problems);
    } catch (IOException e) {
      session.problems.add(file.unreadable(e, culprit));
      return Outcome.failed(session.problems);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException e) {
          // reading a String: nothing to release
        }
      }
    }
  }

  /** Where the parser failed: the exception's location, else where the parser stopped. */
  private static SourcePosition position(TableFile file, JsonLocation location, JsonParser parser) {
    JsonLocation where =
        location != null ? location : parser != null ? parser.currentLocation() : null;
    return where == null || where.getLineNr() < 1
        ? SourcePosition.of(file.path())
        : new SourcePosition(file.path(), where.getLineNr(), where.getColumnNr());
  }

  /** The state of reading one table: its parser position and the problems found so far. */
  private static final class Session {
    private final String path;
    private final Culprit culprit;
    private final List<Problem> problems = new ArrayList<>();

    Session(String path, Culprit culprit) {
      this.path = path;
      this.culprit = culprit;
    }

    Outcome<RawTable> readTable(JsonParser parser, String defaultCatalogId) throws IOException {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        structure(parser, Message.JSON_ROOT_NOT_OBJECT, describe(parser.currentToken()));
        return Outcome.failed(problems);
      }
      String catalogId = defaultCatalogId;
      Optional<String> title = Optional.empty();
      Optional<String> source = Optional.empty();
      Optional<String> note = Optional.empty();
      Optional<RawValue> docs = Optional.empty();
      List<RawEntry> entries = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        SourcePosition fieldPosition = position(parser);
        parser.nextToken();
        switch (field) {
          case TableColumns.CATALOG -> catalogId = string(parser, field).orElse(catalogId);
          case TableColumns.TITLE -> title = string(parser, field);
          case TableColumns.SOURCE -> source = string(parser, field);
          case TableColumns.NOTE -> note = string(parser, field);
          case TableColumns.DOCS -> docs = Optional.ofNullable(value(parser, field));
          case TableColumns.CODES -> entries = codes(parser);
          default -> unknownField(parser, fieldPosition, field, TableColumns.TABLE_FIELDS);
        }
      }
      if (parser.nextToken() != null) {
        structure(parser, Message.JSON_CONTENT_AFTER_ROOT);
      }
      if (entries == null) {
        problems.add(Problem.at(Message.JSON_NO_CODES, culprit, SourcePosition.of(path)));
        return Outcome.failed(problems);
      }
      RawTable table = new RawTable(path, catalogId, title, source, note, entries, docs);
      return Problem.anyError(problems) ? Outcome.failed(problems) : Outcome.of(table, problems);
    }

    private List<RawEntry> codes(JsonParser parser) throws IOException {
      List<RawEntry> entries = new ArrayList<>();
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        structure(parser, Message.JSON_CODES_NOT_ARRAY, describe(parser.currentToken()));
        parser.skipChildren();
        return entries;
      }
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
          structure(parser, Message.JSON_CODE_NOT_OBJECT, describe(parser.currentToken()));
          parser.skipChildren();
          continue;
        }
        entries.add(entry(parser));
      }
      return entries;
    }

    private RawEntry entry(JsonParser parser) throws IOException {
      SourcePosition start = position(parser);
      RawValue code = null;
      RawValue status = null;
      RawValue category = null;
      RawValue docs = null;
      RawValue deprecated = null;
      RawValue replacedBy = null;
      List<RawText> texts = new ArrayList<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        SourcePosition fieldPosition = position(parser);
        parser.nextToken();
        TextField textField = TextField.ofKey(field);
        if (textField != null) {
          texts(parser, fieldPosition, textField, texts);
          continue;
        }
        switch (field) {
          case TableColumns.CODE -> code = value(parser, field);
          case TableColumns.CATEGORY -> category = value(parser, field);
          case TableColumns.STATUS -> status = status(parser);
          case TableColumns.DOCS -> docs = value(parser, field);
          case TableColumns.DEPRECATED -> deprecated = value(parser, field);
          case TableColumns.REPLACED_BY -> replacedBy = value(parser, field);
          default -> unknownField(parser, fieldPosition, field, TableColumns.ALL_ENTRY_FIELDS);
        }
      }
      return new RawEntry(start, code, status, category, texts, docs, deprecated, replacedBy);
    }

    private RawValue status(JsonParser parser) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return new RawValue(parser.getText(), position(parser));
      }
      structure(parser, Message.JSON_STATUS_NOT_NUMBER, describe(token));
      parser.skipChildren();
      return null;
    }

    /** A text's position is that of its key: {@code "message"}, or the tag in an object. */
    private void texts(
        JsonParser parser, SourcePosition fieldPosition, TextField field, List<RawText> texts)
        throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        texts.add(new RawText(field, null, parser.getText(), fieldPosition));
      } else if (token == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String tag = parser.currentName();
          SourcePosition tagPosition = position(parser);
          parser.nextToken();
          if (parser.currentToken() == JsonToken.VALUE_STRING) {
            texts.add(new RawText(field, tag, parser.getText(), tagPosition));
          } else if (parser.currentToken() != JsonToken.VALUE_NULL) {
            structure(
                parser,
                Message.JSON_TRANSLATION_NOT_STRING,
                field.key(),
                tag,
                describe(parser.currentToken()));
            parser.skipChildren();
          }
        }
      } else if (token != JsonToken.VALUE_NULL) {
        structure(parser, Message.JSON_TEXT_NOT_TEXT, field.key(), describe(token));
        parser.skipChildren();
      }
    }

    private RawValue value(JsonParser parser, String field) throws IOException {
      Optional<String> text = string(parser, field);
      return text.map(t -> new RawValue(t, position(parser))).orElse(null);
    }

    private Optional<String> string(JsonParser parser, String field) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        return Optional.of(parser.getText());
      }
      if (token != JsonToken.VALUE_NULL) {
        structure(parser, Message.JSON_NOT_STRING, field, describe(token));
        parser.skipChildren();
      }
      return Optional.empty();
    }

    private void unknownField(
        JsonParser parser, SourcePosition fieldPosition, String field, List<String> known)
        throws IOException {
      problems.add(
          Problem.at(
              Message.JSON_UNKNOWN_FIELD, culprit, fieldPosition, field, String.join(", ", known)));
      parser.skipChildren();
    }

    /** A problem with the shape of the document, at the parser's current token. */
    private void structure(JsonParser parser, Message message, Object... args) {
      problems.add(Problem.at(message, culprit, position(parser), args));
    }

    private SourcePosition position(JsonParser parser) {
      JsonLocation location = parser.currentTokenLocation();
      return new SourcePosition(path, location.getLineNr(), location.getColumnNr());
    }

    private static String describe(JsonToken token) {
      if (token == null) {
        return "the end of the file";
      }
      return switch (token) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "a string";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        case VALUE_NULL -> "null";
        default -> token.asString() == null ? token.name() : token.asString();
      };
    }
  }
}
