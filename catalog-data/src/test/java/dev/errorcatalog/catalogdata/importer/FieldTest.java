package dev.errorcatalog.catalogdata.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.catalogdata.ReadmeTableFormat;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The importer writes the fields the README documents, in its order. */
class FieldTest {

  @Test
  void fieldsAreTheReadmeEntryFieldsInOrder() {
    List<String> names = Arrays.stream(Field.values()).map(Field::tableName).toList();

    assertEquals(ReadmeTableFormat.ENTRY_FIELDS, names);
  }
}
