package org.llmcostplanner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.BreakEvenKind;
import org.llmcostplanner.model.BreakEvenSolver;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    private static JsonNode json(CliRun run) throws Exception {
        assertEquals(Cli.OK, run.status(), run.err());
        assertEquals("", run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void reportOfTheSeedPresetHasTheArticlesBreakEvens() throws Exception {
        JsonNode r = json(CliRun.of("report", "--preset", "seed-article"));
        double raw = r.get("breakEven").get("rawRequestsPerDay").doubleValue();
        double withOps = r.get("breakEven").get("withOpsRequestsPerDay").doubleValue();
        assertEquals(303.03, raw, 0.005);
        assertEquals(3030.30, withOps, 0.005);
        CostModel model = CostModel.of(Presets.seedArticle());
        assertEquals(BreakEvenSolver.solve(model, BreakEvenKind.RAW).requestsPerDay().getAsDouble(), raw, 0.0);
        assertEquals(BreakEvenSolver.solve(model, BreakEvenKind.WITH_OPS).requestsPerDay().getAsDouble(), withOps, 0.0);
        assertEquals(1000.0, r.get("requestsPerDay").doubleValue());
        assertEquals(66.0, r.get("monthly").get("apiOnly").doubleValue(), 1e-9);
        assertTrue(r.get("paybackMonths").isNull());
    }

    @Test
    void volumeOverridesRequestsPerDay() throws Exception {
        JsonNode r = json(CliRun.of("report", "--preset", "seed-article", "--volume", "10000"));
        assertEquals(10_000.0, r.get("requestsPerDay").doubleValue());
        assertEquals(660.0, r.get("monthly").get("apiOnly").doubleValue(), 1e-9);
        assertEquals(200.0, r.get("monthly").get("plan").doubleValue(), 1e-9);
        assertEquals(460.0, r.get("monthly").get("savings").doubleValue(), 1e-9);
        assertEquals(0.7826, r.get("paybackMonths").doubleValue(), 5e-5);
        assertEquals(360.0 / 460.0, r.get("paybackMonths").doubleValue(), 1e-12);
    }

    @Test
    void reportOfAFileMatchesTheCostModel(@TempDir Path dir) throws Exception {
        Scenario s = Presets.seedArticle().with(InputField.SELF_HOST_SHARE, 0.4).with(InputField.AMORTIZATION_MONTHS, 12);
        Path file = dir.resolve("hybrid.json");
        ScenarioFile.save(s, file);
        JsonNode r = json(CliRun.of("report", file.toString(), "--volume=20000"));
        CostModel model = CostModel.of(s);
        assertEquals(model.planApi(20_000), r.get("monthly").get("planApi").doubleValue(), 0.0);
        assertEquals(model.plan(20_000), r.get("monthly").get("plan").doubleValue(), 0.0);
        assertEquals(model.migration(), r.get("monthly").get("migration").doubleValue(), 0.0);
        assertEquals(model.paybackMonths(20_000), r.get("paybackMonths").doubleValue(), 0.0);
    }

    @Test
    void sameInputGivesSameOutputBytes() {
        assertEquals(CliRun.of("report", "--preset", "seed-article").out(),
                CliRun.of("report", "--preset", "seed-article").out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "NaN", "Infinity", "-1", "1e10", "1e400", "0x10", "5d", "", "1,000"})
    void badVolumeIsRefusedNamingTheOption(String volume) {
        String line = CliRun.of("report", "--preset", "seed-article", "--volume", volume).badInputLine();
        assertTrue(line.contains("--volume: "), line);
    }

    @Test
    void outOfRangeVolumeNamesTheRange() {
        String line = CliRun.of("report", "--preset", "seed-article", "--volume", "-5").badInputLine();
        assertTrue(line.contains("-5 is out of range; allowed 0 … 1000000000"), line);
    }

    @Test
    void volumeWithoutValue() {
        String line = CliRun.of("report", "--preset", "seed-article", "--volume").badInputLine();
        assertTrue(line.contains("--volume needs a value"), line);
    }

    @Test
    void missingFile() {
        String line = CliRun.of("report").badInputLine();
        assertTrue(line.contains("report: missing FILE.json"), line);
    }

    @Test
    void fileAndPresetTogether() {
        String line = CliRun.of("report", "x.json", "--preset", "seed-article").badInputLine();
        assertTrue(line.contains("not both"), line);
    }

    @Test
    void unknownPreset() {
        String line = CliRun.of("report", "--preset", "nope").badInputLine();
        assertTrue(line.contains("unknown preset \"nope\"; available: seed-article"), line);
    }

    @Test
    void unknownOption() {
        String line = CliRun.of("report", "--preset", "seed-article", "--volumes", "5").badInputLine();
        assertTrue(line.contains("unknown option --volumes"), line);
    }

    @Test
    void repeatedOption() {
        String line = CliRun.of("report", "--preset", "seed-article", "--volume", "1", "--volume", "2").badInputLine();
        assertTrue(line.contains("--volume is given more than once"), line);
    }

    @Test
    void unknownCommand() {
        String line = CliRun.of("reprot", "x.json").badInputLine();
        assertTrue(line.contains("unknown command \"reprot\""), line);
    }

    @Test
    void noArguments() {
        CliRun.of().badInputLine();
    }

    @Test
    void helpListsEveryCommandWithUsage() {
        CliRun run = CliRun.of("--help");
        assertEquals(Cli.OK, run.status());
        assertEquals("", run.err());
        for (Command c : Commands.all()) {
            for (String usage : c.usage()) {
                assertTrue(run.out().contains(usage), usage + " missing from\n" + run.out());
            }
        }
        assertTrue(run.out().contains("--version"));
    }

    @Test
    void commandHelp() {
        CliRun run = CliRun.of("report", "--help");
        assertEquals(Cli.OK, run.status());
        assertTrue(run.out().contains("report FILE.json [--volume N]"), run.out());
    }

    @Test
    void versionIsOneLine() {
        CliRun run = CliRun.of("--version");
        assertEquals(Cli.OK, run.status());
        assertEquals("", run.err());
        assertTrue(run.out().matches("llm-cost-planner \\S.*\n"), run.out());
        assertEquals(run.out(), "llm-cost-planner " + Version.current() + "\n");
    }

    @Test
    void failingCommandLeavesStdoutEmpty() {
        Command halfway = new Command() {
            @Override
            public String name() {
                return "halfway";
            }

            @Override
            public java.util.List<String> usage() {
                return java.util.List.of("halfway");
            }

            @Override
            public String summary() {
                return "prints, then fails";
            }

            @Override
            public void run(java.util.List<String> args, java.io.PrintStream out) throws CliException {
                out.println("partial output");
                throw new CliException("halfway: failed after printing");
            }
        };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = Cli.run(halfway, java.util.List.of(), new java.io.PrintStream(out, true),
                new java.io.PrintStream(err, true));
        assertEquals(Cli.BAD_INPUT, status);
        assertEquals(0, out.size());
        assertEquals("llm-cost-planner: halfway: failed after printing\n", err.toString());
    }

    @Test
    void internalErrorIsOneLineWithoutStackTrace() {
        Command broken = new Command() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public java.util.List<String> usage() {
                return java.util.List.of("broken");
            }

            @Override
            public String summary() {
                return "throws";
            }

            @Override
            public void run(java.util.List<String> args, java.io.PrintStream out) {
                throw new StackOverflowError();
            }
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int status = Cli.run(broken, java.util.List.of(), new java.io.PrintStream(out, true),
                new java.io.PrintStream(err, true));
        assertEquals(Cli.BAD_INPUT, status);
        assertEquals(0, out.size());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void savedFileLoadsInTheCli(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("defaults.json");
        Files.writeString(file, "{\"format\": \"llm-cost-planner.scenario\", \"version\": 1}");
        JsonNode r = json(CliRun.of("report", file.toString()));
        assertEquals(CostModel.of(Scenario.defaults()).apiOnly(1000), r.get("monthly").get("apiOnly").doubleValue(), 0.0);
    }
}
