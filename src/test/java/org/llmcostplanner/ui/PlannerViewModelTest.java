package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class PlannerViewModelTest {

    private static final Scenario SEED = Scenario.defaults().with(InputField.BILLING_DAYS_PER_MONTH, 22)
            .withName("Seed article");

    private final ManualPulseScheduler pulse = new ManualPulseScheduler();
    private PlannerViewModel planner;

    @BeforeEach
    void openSeed() {
        planner = new PlannerViewModel(SEED, pulse);
        pulse.flush();
    }

    @Test
    void seedHeadlineShowsTheArticlesBreakEvensAndBillingDays() {
        assertEquals("303.03 req/day", planner.breakEvenRawTextProperty().get());
        assertEquals("3,030.3 req/day", planner.breakEvenWithOpsTextProperty().get());
        assertEquals("$46.00/month", planner.rawSavingsTextProperty().get());
        assertEquals("\u2212$134.00/month", planner.savingsTextProperty().get());
        assertEquals("never", planner.paybackTextProperty().get());
        assertEquals("22 billing days/month", planner.billingDaysTextProperty().get());
    }

    @Test
    void everyInputFieldHasItsOwnPropertyHoldingTheScenariosValue() {
        for (InputField f : InputField.values()) {
            assertEquals(f.get(SEED), planner.input(f).get(), f.path());
        }
    }

    @Test
    void manyChangesInOnePulseRecomputeTheFiguresOnce() {
        List<PlannerFigures> recomputed = new ArrayList<>();
        planner.figuresProperty().addListener((obs, old, now) -> recomputed.add(now));

        planner.input(InputField.REQUESTS_PER_DAY).set(2000);
        planner.input(InputField.REQUESTS_PER_DAY).set(5000);
        planner.input(InputField.REQUESTS_PER_DAY).set(10_000);
        planner.input(InputField.FLAT_MONTHLY_COST).set(60);
        assertTrue(recomputed.isEmpty(), "nothing recomputed before the pulse");

        pulse.flush();
        assertEquals(1, recomputed.size());
        assertEquals(10_000, recomputed.get(0).requestsPerDay());
        assertEquals("$420.00/month", planner.savingsTextProperty().get());
        assertEquals("0.857 months", planner.paybackTextProperty().get());
    }

    @Test
    void scenarioFollowsEveryInputAtOnce() {
        planner.input(InputField.MAINTENANCE_HOURS_PER_MONTH).set(1);
        assertEquals(1, planner.scenario().ops().maintenanceHoursPerMonth());
        planner.billingProperty().set(Billing.HOURLY);
        assertEquals(Billing.HOURLY, planner.scenario().selfHost().billing());
    }

    @Test
    void editsMarkTheTitleAndUndoingThemClearsTheMark() {
        assertEquals("LLM Cost Planner \u2014 Seed article", planner.titleProperty().get());
        planner.input(InputField.DEV_RATE_PER_HOUR).set(90);
        assertTrue(planner.dirtyProperty().get());
        assertEquals("LLM Cost Planner \u2014 Seed article *", planner.titleProperty().get());
        planner.input(InputField.DEV_RATE_PER_HOUR).set(60);
        assertFalse(planner.dirtyProperty().get());
    }

    @Test
    void savingKeepsLaterEditsUnsaved() {
        planner.input(InputField.DEV_RATE_PER_HOUR).set(90);
        Scenario saved = planner.scenario();
        planner.input(InputField.DEV_RATE_PER_HOUR).set(100);
        planner.markSaved(saved, Path.of("plan.json"));
        assertTrue(planner.dirtyProperty().get(), "the edit made while saving is not on disk");
        planner.input(InputField.DEV_RATE_PER_HOUR).set(90);
        assertFalse(planner.dirtyProperty().get());
        assertEquals(Path.of("plan.json"), planner.fileProperty().get());
    }

    @Test
    void loadingReplacesEveryInputAndIsNotAnUnsavedChange() {
        Scenario other = SEED.with(InputField.REQUESTS_PER_DAY, 12_345).with(InputField.OUTPUT_TOKENS_PER_REQUEST, 250)
                .withBilling(Billing.HOURLY).withName("Other");
        planner.load(other, Path.of("other.json"));
        pulse.flush();
        assertEquals(other, planner.scenario());
        assertEquals(12_345, planner.input(InputField.REQUESTS_PER_DAY).get());
        assertEquals(0.5, planner.outputShareOfInputProperty().get(), 1e-12);
        assertEquals(Billing.HOURLY, planner.billingProperty().get());
        assertFalse(planner.dirtyProperty().get());
        assertEquals("12,345 req/day", planner.currentVolumeTextProperty().get());
    }

    @Test
    void tokenMixSetsOutputTokensAndHoldsWhenInputTokensChange() {
        assertEquals(0.2, planner.outputShareOfInputProperty().get(), 1e-12);
        planner.outputShareOfInputProperty().set(0.4);
        assertEquals(200, planner.scenario().workload().outputTokensPerRequest(), 1e-9);
        planner.input(InputField.INPUT_TOKENS_PER_REQUEST).set(1000);
        assertEquals(400, planner.scenario().workload().outputTokensPerRequest(), 1e-9);
        assertEquals(400, planner.input(InputField.OUTPUT_TOKENS_PER_REQUEST).get(), 1e-9);
    }

    @Test
    void tokenMixGivingTooManyOutputTokensIsRefused() {
        assertNotNull(planner.checkOutputShare(1e5), "500 × 1e5 = 5e7 tokens is above 1e7");
        assertNull(planner.checkOutputShare(2));
        planner.outputShareOfInputProperty().set(1e5);
        assertEquals(100, planner.scenario().workload().outputTokensPerRequest());
        assertEquals(0.2, planner.outputShareOfInputProperty().get(), 1e-12);
    }

    @Test
    void anInvalidValueNeverReachesTheScenario() {
        planner.input(InputField.UTILIZATION).set(0);
        assertEquals(1, planner.scenario().selfHost().utilization());
        assertEquals(1, planner.input(InputField.UTILIZATION).get());
        planner.input(InputField.REQUESTS_PER_DAY).set(-1);
        assertEquals(SEED, planner.scenario());
        assertFalse(planner.dirtyProperty().get());
    }
}
