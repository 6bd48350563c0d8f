package org.llmcostplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmcostplanner.io.BadScenarios;

class ExportPngCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAPngOfTheRequestedSize() throws IOException {
        Path scenario = dir.resolve("s.json");
        Files.writeString(scenario, "{\"format\": \"llm-cost-planner.scenario\", \"version\": 1,"
                + " \"selfHost\": {\"outputTokensPerSecond\": 1}}");
        Path png = dir.resolve("chart.png");
        CliRun run = CliRun.of("export-png", scenario.toString(), png.toString(), "--width", "1000", "--height", "560");
        assertEquals(Cli.OK, run.status(), run.err());
        assertEquals("", run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(560, image.getHeight());
    }

    @Test
    void defaultsTo1280x720AndTakesAPresetAndAnotherChart() throws IOException {
        Path png = dir.resolve("breakdown.png");
        CliRun run = CliRun.of("export-png", "--preset", "seed-article", png.toString(), "--chart", "breakdown");
        assertEquals(Cli.OK, run.status(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(720, image.getHeight());
    }

    static java.util.List<BadScenarios.Case> cases() {
        return BadScenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesBadFilesWithOneLineAndWritesNothing(BadScenarios.Case c) {
        Path png = dir.resolve("never.png");
        String line = CliRun.of("export-png", c.location().toString(), png.toString()).badInputLine();
        assertTrue(line.contains(c.fragment()), line);
        assertFalse(Files.exists(png));
    }

    @Test
    void refusesBadSizesAndFolders() {
        String png = dir.resolve("x.png").toString();
        assertTrue(CliRun.of("export-png", "--preset", "seed-article", png, "--width", "0").badInputLine()
                .contains("--width"));
        assertTrue(CliRun.of("export-png", "--preset", "seed-article", png, "--height", "12.5").badInputLine()
                .contains("--height"));
        assertTrue(CliRun.of("export-png", "--preset", "seed-article", png, "--width", "wide").badInputLine()
                .contains("--width"));
        assertTrue(CliRun.of("export-png", "--preset", "seed-article", dir.resolve("no/such/x.png").toString())
                .badInputLine().contains("folder does not exist"));
        assertTrue(CliRun.of("export-png", "--preset", "seed-article", png, "--chart", "pie").badInputLine()
                .contains("--chart"));
        assertTrue(CliRun.of("export-png", "--preset", "seed-article").badInputLine().contains("missing"));
    }
}
