package org.llmcostplanner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.analysis.Sensitivity;
import org.llmcostplanner.analysis.Tornado;
import org.llmcostplanner.analysis.TornadoBar;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SensitivityCommandTest {

    private static final Scenario SEED = Presets.seedArticle();

    private static JsonNode json(CliRun run) throws Exception {
        assertEquals(Cli.OK, run.status(), run.err());
        assertEquals("", run.err());
        JsonNode node = new ObjectMapper().readTree(run.out());
        assertTrue(node.isArray(), run.out());
        return node;
    }

    private static Double be(JsonNode n) {
        return n.isNull() ? null : n.doubleValue();
    }

    @Test
    void sortedBySwingLargestFirstWithBreakEvensOfTheMovedInputs() throws Exception {
        JsonNode bars = json(CliRun.of("sensitivity", "--preset", "seed-article"));
        double previous = Double.POSITIVE_INFINITY;
        List<String> names = new ArrayList<>();
        for (JsonNode bar : bars) {
            assertEquals(List.of("input", "low", "high"), keys(bar));
            InputField f = InputField.byJsonName(bar.get("input").textValue());
            names.add(f.jsonName());
            double swing = TornadoBar.swing(be(bar.get("low")), be(bar.get("high")));
            assertTrue(swing <= previous, f + " swings " + swing + " after " + previous);
            previous = swing;
            // Each side is the break-even with that input moved by 20 % (clamped to its range).
            double v = f.get(SEED);
            double low = Math.max(f.minExclusive() ? Math.nextUp(f.min()) : f.min(), v * 0.8);
            assertBreakEven(SEED.with(f, low), be(bar.get("low")), f + " low");
            assertBreakEven(SEED.with(f, Math.min(f.max(), v * 1.2)), be(bar.get("high")), f + " high");
        }
        assertEquals(Sensitivity.tornado(SEED).bars().stream().map(b -> b.input().jsonName()).toList(), names);
        assertEquals("billingDaysPerMonth", names.get(0));
        assertTrue(names.contains("maintenanceHoursPerMonth"));
        assertTrue(!names.contains("rampDays"), "inputs at 0 are left out");
    }

    private static void assertBreakEven(Scenario s, Double actual, String what) {
        var expected = BreakEvenSolver.solve(CostModel.of(s), BreakEvenKind.WITH_OPS).requestsPerDay();
        if (expected.isEmpty()) {
            assertEquals(null, actual, what);
        } else {
            assertEquals(expected.getAsDouble(), actual, 1e-9 * expected.getAsDouble(), what);
        }
    }

    @Test
    void percentChangesTheMoves() throws Exception {
        JsonNode ten = json(CliRun.of("sensitivity", "--preset", "seed-article", "--percent", "10"));
        Tornado t = Sensitivity.tornado(SEED, 10);
        for (int i = 0; i < t.bars().size(); i++) {
            assertEquals(t.bars().get(i).input().jsonName(), ten.get(i).get("input").textValue());
            assertEquals(t.bars().get(i).breakEvenLow(), be(ten.get(i).get("low")));
            assertEquals(t.bars().get(i).breakEvenHigh(), be(ten.get(i).get("high")));
        }
        assertNotEquals(json(CliRun.of("sensitivity", "--preset", "seed-article")), ten);
        JsonNode zero = json(CliRun.of("sensitivity", "--preset", "seed-article", "--percent", "0"));
        double base = BreakEvenSolver.solve(CostModel.of(SEED), BreakEvenKind.WITH_OPS).requestsPerDay().getAsDouble();
        for (JsonNode bar : zero) {
            assertEquals(base, bar.get("low").doubleValue(), 0.0, bar.toString());
            assertEquals(base, bar.get("high").doubleValue(), 0.0, bar.toString());
        }
    }

    @Test
    void neverIsNull(@TempDir Path dir) throws Exception {
        // A GPU dearer than any API bill the volume range can reach: no break-even either side.
        Path file = dir.resolve("never.json");
        ScenarioFile.save(SEED.with(InputField.OUTPUT_PRICE_PER_MTOK, 0).with(InputField.INPUT_PRICE_PER_MTOK, 1e-9)
                .with(InputField.FLAT_MONTHLY_COST, 1e9), file);
        JsonNode bars = json(CliRun.of("sensitivity", file.toString()));
        assertTrue(bars.size() > 0);
        boolean sawNull = false;
        for (JsonNode bar : bars) {
            sawNull |= bar.get("low").isNull() || bar.get("high").isNull();
        }
        assertTrue(sawNull, bars.toString());
    }

    @Test
    void badArguments() {
        assertTrue(CliRun.of("sensitivity", "--preset", "seed-article", "--percent", "-1").badInputLine()
                .contains("--percent: -1 is out of range; allowed 0 … 1000"));
        assertTrue(CliRun.of("sensitivity", "--preset", "seed-article", "--percent", "x").badInputLine()
                .contains("--percent: \"x\" is not a number"));
        assertTrue(CliRun.of("sensitivity").badInputLine().contains("missing FILE.json"));
        assertTrue(CliRun.of("sensitivity", "--preset", "seed-article", "--volume", "5").badInputLine()
                .contains("unknown option --volume"));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
