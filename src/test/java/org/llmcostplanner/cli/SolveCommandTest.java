package org.llmcostplanner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.analysis.GoalSeek;
import org.llmcostplanner.analysis.GoalTarget;
import org.llmcostplanner.io.BadScenarios;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.BreakEvenKind;
import org.llmcostplanner.model.BreakEvenSolver;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SolveCommandTest {

    private static final Scenario SEED = Presets.seedArticle();

    private static JsonNode json(CliRun run) throws Exception {
        assertEquals(Cli.OK, run.status(), run.err());
        assertEquals("", run.err());
        JsonNode node = new ObjectMapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("input", "value"), keys);
        return node;
    }

    @Test
    void savingsTargetAtAVolumeGivesTheValueWhereSavingsMeetIt() throws Exception {
        JsonNode r = json(CliRun.of("solve", "--preset", "seed-article", "--for", "maintenanceHoursPerMonth",
                "--savings", "0", "--volume", "10000"));
        assertEquals("maintenanceHoursPerMonth", r.get("input").textValue());
        double m = r.get("value").doubleValue();
        Scenario at = SEED.with(InputField.MAINTENANCE_HOURS_PER_MONTH, m);
        assertEquals(0, CostModel.of(at).savings(10_000), 1e-9);
        assertEquals(GoalSeek.solve(SEED.with(InputField.REQUESTS_PER_DAY, 10_000), InputField.MAINTENANCE_HOURS_PER_MONTH,
                new GoalTarget.Savings(0, 10_000.0)).value().getAsDouble(), m, 0.0);
    }

    @Test
    void withoutVolumeTheScenariosVolumeCounts() throws Exception {
        double m = json(CliRun.of("solve", "--preset", "seed-article", "--for", "maintenanceHoursPerMonth",
                "--savings", "-50")).get("value").doubleValue();
        assertEquals(-50, CostModel.of(SEED.with(InputField.MAINTENANCE_HOURS_PER_MONTH, m)).savings(1000), 1e-9);
    }

    @Test
    void fileAndPresetGiveTheSameAnswer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seed.json");
        ScenarioFile.save(Presets.seedArticleDocument(), file);
        assertEquals(CliRun.of("solve", "--preset", "seed-article", "--for", "devRatePerHour", "--savings", "100",
                        "--volume", "5000").out(),
                CliRun.of("solve", file.toString(), "--for", "devRatePerHour", "--savings", "100", "--volume", "5000").out());
    }

    @Test
    void breakEvenTarget() throws Exception {
        double rate = json(CliRun.of("solve", "--preset", "seed-article", "--for", "devRatePerHour",
                "--breakeven", "2000")).get("value").doubleValue();
        CostModel m = CostModel.of(SEED.with(InputField.DEV_RATE_PER_HOUR, rate));
        assertEquals(2000, BreakEvenSolver.solve(m, BreakEvenKind.WITH_OPS).requestsPerDay().getAsDouble(), 1e-6);
    }

    @Test
    void paybackTarget() throws Exception {
        double setup = json(CliRun.of("solve", "--preset", "seed-article", "--for", "setupHours",
                "--payback", "2", "--volume", "10000")).get("value").doubleValue();
        assertEquals(2, CostModel.of(SEED.with(InputField.SETUP_HOURS, setup)).paybackMonths(10_000), 1e-9);
    }

    @Test
    void noSolutionIsNull() throws Exception {
        // The batch share is 0, so the discount cannot move the savings to any target.
        JsonNode r = json(CliRun.of("solve", "--preset", "seed-article", "--for", "batchDiscount", "--savings", "1000"));
        assertTrue(r.get("value").isNull(), r.toString());
        assertTrue(GoalSeek.solve(SEED, InputField.BATCH_DISCOUNT, new GoalTarget.Savings(1000, null)).value().isEmpty());
    }

    @Test
    void unknownInputNamesTheAllowedOnes() {
        String line = CliRun.of("solve", "--preset", "seed-article", "--for", "maintenance", "--savings", "0").badInputLine();
        assertTrue(line.contains("unknown input \"maintenance\"; allowed: requestsPerDay, "), line);
        for (InputField f : InputField.values()) {
            assertTrue(line.contains(f.jsonName()), f.jsonName() + " missing from: " + line);
        }
    }

    @Test
    void wrongCaseOrAPathSuggestsTheName() {
        assertTrue(CliRun.of("solve", "--preset", "seed-article", "--for", "maintenancehourspermonth", "--savings", "0")
                .badInputLine().endsWith("did you mean \"maintenanceHoursPerMonth\"?"));
        assertTrue(CliRun.of("solve", "--preset", "seed-article", "--for", "ops.setupHours", "--savings", "0")
                .badInputLine().endsWith("did you mean \"setupHours\"?"));
    }

    @Test
    void badArgumentsAreOneLineAndExitTwo() {
        String[][] cases = {
                {"solve", "--preset", "seed-article", "--savings", "0"},
                {"solve", "--preset", "seed-article", "--for", "setupHours"},
                {"solve", "--preset", "seed-article", "--for", "setupHours", "--savings", "0", "--payback", "1"},
                {"solve", "--preset", "seed-article", "--for", "setupHours", "--savings", "abc"},
                {"solve", "--preset", "seed-article", "--for", "setupHours", "--savings", "NaN"},
                {"solve", "--preset", "seed-article", "--for", "setupHours", "--breakeven", "-5"},
                {"solve", "--preset", "seed-article", "--for", "setupHours", "--payback", "-1"},
                {"solve", "--preset", "seed-article", "--for", "setupHours", "--savings", "0", "--volume", "-1"},
                {"solve", "--for", "setupHours", "--savings", "0"},
                {"solve", "--preset", "nope", "--for", "setupHours", "--savings", "0"},
                {"solve", "--preset", "seed-article", "--for", "setupHours", "--savings", "0", "--percent", "5"},
        };
        String[] expected = {"missing --for INPUT", "give exactly one target", "got --savings and --payback",
                "--savings: \"abc\" is not a number", "--savings: \"NaN\" is not a number",
                "--breakeven: -5 is out of range", "--payback: -1 is out of range", "--volume: -1 is out of range",
                "missing FILE.json", "unknown preset \"nope\"", "unknown option --percent"};
        for (int i = 0; i < cases.length; i++) {
            String line = CliRun.of(cases[i]).badInputLine();
            assertTrue(line.contains(expected[i]), "expected \"" + expected[i] + "\" in: " + line);
        }
    }

    @Test
    void badFileIsRefusedLikeReportRefusesIt() {
        for (BadScenarios.Case c : BadScenarios.all().subList(0, 5)) {
            String line = CliRun.of("solve", c.location().toString(), "--for", "setupHours", "--savings", "0").badInputLine();
            assertTrue(line.contains(c.location() + ": ") && line.contains(c.fragment()), line);
        }
    }
}
