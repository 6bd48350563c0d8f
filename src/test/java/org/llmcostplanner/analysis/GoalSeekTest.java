package org.llmcostplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class GoalSeekTest {

    private final Scenario seed = TestScenarios.seed();

    @Test
    void maintenanceHoursForSavingsTargetIsSolvedExactly() {
        // 660 API − 20 GPU − m · 60 = 400  →  m = 4
        GoalSeekResult r = GoalSeek.solve(seed, InputField.MAINTENANCE_HOURS_PER_MONTH,
                new GoalTarget.Savings(400, 10_000.0));
        assertEquals(4, r.value().orElseThrow(), 1e-9);
        assertEquals(GoalSeekResult.Method.LINEAR, r.method());
        assertEquals(400, r.achieved(), 1e-6);
    }

    @Test
    void devRateForBreakEvenTargetIsSolved() {
        // break-even with ops = (20 + 3 r) / (22 · 0.003) = 5000  →  r = (330 − 20) / 3
        GoalSeekResult r = GoalSeek.solve(seed, InputField.DEV_RATE_PER_HOUR, new GoalTarget.BreakEvenWithOps(5000));
        assertEquals(310.0 / 3, r.value().orElseThrow(), 1e-6);
    }

    @Test
    void volumeForZeroSavingsIsTheBreakEvenWhateverVolumeTheTargetNames() {
        GoalSeekResult r = GoalSeek.solve(seed, InputField.REQUESTS_PER_DAY, new GoalTarget.Savings(0, 123.0));
        assertEquals(200 / 0.066, r.value().orElseThrow(), 1e-6);
    }

    @Test
    void paybackTargetIsNonLinearAndFoundByBracketing() {
        // payback = 360 / (660 − 20 − 3 r')… solving the dev rate: 6 r / (640 − 3 r) = 2  →  r = 1280 / 12
        GoalSeekResult r = GoalSeek.solve(seed, InputField.DEV_RATE_PER_HOUR, new GoalTarget.Payback(2, 10_000.0));
        assertEquals(GoalSeekResult.Method.BRACKETED, r.method());
        assertEquals(1280.0 / 12, r.value().orElseThrow(), 1e-6);
        assertEquals(2, r.achieved(), 1e-6);
    }

    @Test
    void unreachableTargetReportsNoSolutionInRange() {
        // Even with no maintenance at all savings stop at 640.
        GoalSeekResult r = GoalSeek.solve(seed, InputField.MAINTENANCE_HOURS_PER_MONTH,
                new GoalTarget.Savings(700, 10_000.0));
        assertFalse(r.found());
        assertEquals(GoalSeekResult.Method.NONE, r.method());
        assertTrue(r.message().startsWith("no solution in range"), r.message());
        assertTrue(r.message().contains("maintenanceHoursPerMonth"), r.message());
    }

    @Test
    void targetThatDoesNotDependOnTheInputHasNoSolution() {
        GoalSeekResult r = GoalSeek.solve(seed, InputField.HOURLY_RATE, new GoalTarget.Savings(100, 10_000.0));
        assertFalse(r.found());
        assertTrue(r.message().contains("does not depend"), r.message());
    }

    @Test
    void boundedShareIsSolvedInsideItsRange() {
        // Route part of the traffic: savings = 660 σ − 200 = 100 → σ = 300 / 660
        GoalSeekResult r = GoalSeek.solve(seed, InputField.SELF_HOST_SHARE, new GoalTarget.Savings(100, 10_000.0));
        assertEquals(300.0 / 660, r.value().orElseThrow(), 1e-9);
    }

    @Test
    void instanceStepsAreJumpedOverNotReportedAsARoot() {
        // 100 tok/s per instance at 10,000 req/day × 100 tokens = 2.78 busy h/day: one instance at any
        // utilization above 11.6 %. Savings jump by $20 per instance step, so a target between two
        // steps cannot be met exactly by utilization.
        Scenario s = seed.with(InputField.OUTPUT_TOKENS_PER_SECOND, 100).withBilling(Billing.FLAT);
        GoalSeekResult r = GoalSeek.solve(s, InputField.UTILIZATION, new GoalTarget.Savings(450, 10_000.0));
        assertFalse(r.found(), r.message());
        GoalSeekResult met = GoalSeek.solve(s, InputField.UTILIZATION, new GoalTarget.Savings(460, 10_000.0));
        assertTrue(met.found(), met.message());
    }

    @Test
    void nearestSolutionToTheCurrentValueWins() {
        // 200,000 req/day, one $5,000 instance per 86,400 req/day: savings(σ) = 13,200 σ − 5,000 k − 180
        // reach 0 at σ = 5,180/13,200 (k = 1) and again at σ = 10,180/13,200 (k = 2).
        Scenario s = seed.with(InputField.REQUESTS_PER_DAY, 200_000).with(InputField.FLAT_MONTHLY_COST, 5_000)
                .with(InputField.OUTPUT_TOKENS_PER_SECOND, 100);
        GoalTarget zero = new GoalTarget.Savings(0, null);
        assertEquals(10_180.0 / 13_200, GoalSeek.solve(s.with(InputField.SELF_HOST_SHARE, 1),
                InputField.SELF_HOST_SHARE, zero).value().orElseThrow(), 1e-9);
        assertEquals(5_180.0 / 13_200, GoalSeek.solve(s.with(InputField.SELF_HOST_SHARE, 0.3),
                InputField.SELF_HOST_SHARE, zero).value().orElseThrow(), 1e-9);
    }
}
