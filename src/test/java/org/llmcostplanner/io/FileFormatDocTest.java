package org.llmcostplanner.io;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.InputField;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/file-format.md's field table mirrors InputField: a row for every input and no other. */
class FileFormatDocTest {

    @Test
    void docTableListsExactlyTheInputFields() throws Exception {
        String doc = Files.readString(Path.of("docs", "file-format.md"));
        for (InputField f : InputField.values()) {
            String row = "| " + f.section().jsonName().toLowerCase(java.util.Locale.ROOT) + " | `" + f.jsonName() + "` |";
            assertTrue(doc.toLowerCase(java.util.Locale.ROOT).contains(row.toLowerCase(java.util.Locale.ROOT)),
                    "docs/file-format.md lacks a row for " + f.path());
        }
        Matcher rows = Pattern.compile("(?m)^\\| (workload|api|selfHost|ops|routing) \\| `").matcher(doc);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        assertEquals(InputField.values().length, count, "rows in the numeric-input table");
    }
}
