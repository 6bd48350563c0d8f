package org.llmcostplanner.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bad file in bad-scenarios/ is refused with one line naming the file, the JSON path and the problem. */
class BadScenarioFilesTest {

    static List<BadScenarios.Case> cases() {
        return BadScenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void loaderRefusesWithPathAndProblem(BadScenarios.Case c) {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class,
                () -> ScenarioFile.load(c.location()));
        String message = e.getMessage();
        assertEquals(c.path(), e.path(), message);
        assertTrue(message.startsWith(c.location().toString() + ": "), message);
        if (c.path() != null) {
            assertTrue(message.contains(": " + c.path() + ": "), message);
        }
        assertTrue(e.problem().contains(c.fragment()), "expected \"" + c.fragment() + "\" in: " + message);
        assertFalse(message.contains("\n") || message.contains("\r"), message);
    }

    @Test
    void indexListsEveryFileInTheFolder() throws IOException {
        Set<String> listed = cases().stream().map(BadScenarios.Case::file).collect(Collectors.toSet());
        try (Stream<java.nio.file.Path> files = Files.list(BadScenarios.folder())) {
            Set<String> present = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json")).collect(Collectors.toSet());
            assertEquals(present, listed);
        }
    }
}
