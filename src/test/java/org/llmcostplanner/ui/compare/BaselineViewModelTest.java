package org.llmcostplanner.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.PlannerViewModel;

class BaselineViewModelTest {

    private final Scenario seed = Presets.seedArticle();
    private final DirectPulses pulses = new DirectPulses();
    private final PlannerViewModel planner = new PlannerViewModel(seed, pulses);
    private final BaselineViewModel baseline = new BaselineViewModel(planner);

    @Test
    void pinningFreezesTheScenarioWhileInputsKeepChanging() {
        pulses.flush();
        baseline.pin();
        planner.input(InputField.DEV_RATE_PER_HOUR).set(30);
        pulses.flush();
        assertEquals(seed, baseline.baselineProperty().get());
        assertTrue(baseline.pinnedProperty().get());
        assertTrue(baseline.titleProperty().get().contains(seed.name()), baseline.titleProperty().get());
    }

    @Test
    void theStripShowsTheChangeInBreakEvenAndSavingsAtTheCurrentVolume() {
        pulses.flush();
        baseline.pin();
        planner.input(InputField.DEV_RATE_PER_HOUR).set(30);
        pulses.flush();

        Scenario now = planner.scenario();
        double v = now.workload().requestsPerDay();
        double before = CostModel.of(seed).savings(v);
        double after = CostModel.of(now).savings(v);
        assertTrue(after > before, "cheaper ops save more");
        String savings = baseline.savingsTextProperty().get();
        assertEquals(DeltaText.compactMoney(before) + " \u2192 " + DeltaText.compactMoney(after) + "/mo (+"
                + DeltaText.compactMoney(after - before) + ")", savings);
        assertTrue(baseline.savingsCaptionProperty().get().contains("1,000 req/day"));
        // A cheaper dev rate lowers the with-ops break-even: "old → new/day (−diff)".
        String withOps = baseline.breakEvenWithOpsTextProperty().get();
        assertTrue(withOps.contains("\u2192") && withOps.contains("(\u2212"), withOps);
        // The GPU-only break-even ignores ops: unchanged.
        assertTrue(baseline.breakEvenRawTextProperty().get().endsWith("(unchanged)"),
                baseline.breakEvenRawTextProperty().get());
    }

    @Test
    void savingsAreComparedAtTheCurrentVolumeNotTheBaselines() {
        pulses.flush();
        baseline.pin();
        planner.input(InputField.REQUESTS_PER_DAY).set(20_000);
        pulses.flush();
        // Same plan at a new volume: the savings are the same for both, so nothing changed.
        assertTrue(baseline.savingsTextProperty().get().endsWith("(unchanged)"), baseline.savingsTextProperty().get());
        assertTrue(baseline.savingsCaptionProperty().get().contains("20,000"));
    }

    @Test
    void clearingForgetsTheBaselineAndEmptiesTheStrip() {
        pulses.flush();
        baseline.pin();
        baseline.clear();
        assertNull(baseline.baselineProperty().get());
        assertFalse(baseline.pinnedProperty().get());
        assertEquals("", baseline.savingsTextProperty().get());
    }
}
