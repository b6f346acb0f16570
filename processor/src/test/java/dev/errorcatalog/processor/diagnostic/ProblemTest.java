package dev.errorcatalog.processor.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

class ProblemTest {

  private static final SourcePosition ROW = new SourcePosition("t/b.json", 2, 3);
  private static final SourcePosition FIRST = new SourcePosition("t/a.csv", 3, 1);

  @Test
  void printsTagThenPositionThenText() {
    Problem problem = Problem.at(Message.MISSING_CODE, Culprit.source(1), ROW);

    assertEquals(Optional.of(ROW), problem.position());
    assertEquals(Optional.empty(), problem.related());
    assertEquals(Culprit.source(1), problem.culprit());
    assertEquals(
        "[ErrorCatalog:missing-code] t/b.json:2:3: the row has no code; every row needs a code"
            + " such as \"AIS.0014\"",
        problem.text());
  }

  @Test
  void printsATableWithoutLineAsItsPathAlone() {
    Problem problem =
        Problem.at(Message.TABLE_EMPTY, Culprit.source(0), SourcePosition.of("e.csv"));

    assertEquals(
        "[ErrorCatalog:empty-table] e.csv: the table has no codes; add at least one row or remove"
            + " the table from sources",
        problem.text());
  }

  @Test
  void givesTheRelatedPositionToTheTemplateAsItsLastArgument() {
    Problem problem = Problem.at(Message.DUPLICATE_CODE, Culprit.source(1), ROW, FIRST, "A.2");

    assertEquals(Optional.of(ROW), problem.position());
    assertEquals(Optional.of(FIRST), problem.related());
    assertEquals(
        "[ErrorCatalog:duplicate-code] t/b.json:2:3: code A.2 is also defined at t/a.csv:3:1; a"
            + " code may appear once in a catalog",
        problem.text());
  }

  @Test
  void aProblemOfTheDeclarationHasNoPosition() {
    Problem problem = Problem.of(Message.NO_SOURCES, Culprit.SOURCES);

    assertEquals(Optional.empty(), problem.position());
    assertEquals(Diagnostic.Kind.ERROR, problem.kind());
    assertEquals(
        "[ErrorCatalog:no-sources] sources is empty; name at least one table, such as sources ="
            + " \"errorcatalog/huaweicloud/ocr.json\"",
        problem.text());
  }

  @Test
  void keepsItsDataWhenItsKindChanges() {
    Problem warning =
        Problem.at(Message.MISSING_TRANSLATION, Culprit.source(0), ROW, "A", "b", "c", "d");
    Problem error = warning.withKind(Diagnostic.Kind.ERROR);

    assertEquals(Diagnostic.Kind.WARNING, warning.kind());
    assertEquals(Diagnostic.Kind.ERROR, error.kind());
    assertEquals(warning.position(), error.position());
    assertEquals(warning.text(), error.text());
  }
}
