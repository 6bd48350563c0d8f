package org.llmcostplanner.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmcostplanner.io.BadScenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bad file, through the command line: exit 2, nothing on stdout, one stderr line naming file, field, problem. */
class CliBadFilesTest {

    static List<BadScenarios.Case> cases() {
        return BadScenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportRefusesBadFile(BadScenarios.Case c) {
        String line = CliRun.of("report", c.location().toString()).badInputLine();
        assertTrue(line.contains(c.location().toString() + ": "), line);
        if (c.path() != null) {
            assertTrue(line.contains(": " + c.path() + ": "), line);
        }
        assertTrue(line.contains(c.fragment()), "expected \"" + c.fragment() + "\" in: " + line);
    }

    @ParameterizedTest(name = "{0} with --volume")
    @MethodSource("cases")
    void reportRefusesBadFileEvenWithAVolume(BadScenarios.Case c) {
        String line = CliRun.of("report", "--volume", "10000", c.location().toString()).badInputLine();
        assertTrue(line.contains(c.fragment()), line);
    }

    @Test
    void directory(@TempDir Path dir) {
        String line = CliRun.of("report", dir.toString()).badInputLine();
        assertTrue(line.endsWith(dir + ": is a directory, not a scenario file"), line);
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path file = dir.resolve("nope.json");
        String line = CliRun.of("report", file.toString()).badInputLine();
        assertTrue(line.endsWith(file + ": file not found"), line);
    }

    @Test
    void fileTooLarge(@TempDir Path dir) throws IOException {
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) ' ');
        Path file = Files.write(dir.resolve("big.json"), big);
        String line = CliRun.of("report", file.toString()).badInputLine();
        assertTrue(line.contains(file + ": file is too large (1048577 bytes)"), line);
    }

    @Test
    void fileNameWithLineBreakStillGivesOneLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("two\nlines.json"), "{\"format\": \"other\", \"version\": 1}");
        String line = CliRun.of("report", file.toString()).badInputLine();
        assertTrue(line.contains("two lines.json: format: "), line);
    }
}
