package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The spec's table of seed-article figures. Expected values by hand: c = 0.003 USD a request,
 * D·c = 22 · 0.003 = 0.066 USD a month per request/day.
 */
class SeedArticleFiguresTest {

    private static final double REL = 1e-12;

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, REL * Math.max(1, Math.abs(expected)));
    }

    @Test
    void apiCostAt100RequestsADay() {
        assertClose(6.6, CostModel.of(Scenarios.seed(100)).apiOnly(100));          // 100 · 0.066
    }

    @Test
    void apiCostAt10000RequestsADay() {
        assertClose(660, CostModel.of(Scenarios.seed(10_000)).apiOnly(10_000));    // 10,000 · 0.066
    }

    @Test
    void rawBreakEvenIs303RequestsADay() {
        // 20 / 0.066 = 303.0303…; 303.0303… · 500 = 151,515 input tokens a day
        double be = BreakEvenSolver.solve(Scenarios.seed(1000), BreakEvenKind.RAW).requestsPerDay().orElseThrow();
        assertClose(20 / 0.066, be);
        assertEquals(303.03, be, 0.005);
        assertEquals(151_515, be * 500, 0.5);
    }

    @Test
    void breakEvenWithThreeOpsHoursIs3030RequestsADay() {
        // (20 + 3·60) / 0.066 = 3,030.303…
        double be = BreakEvenSolver.solve(Scenarios.seed(1000), BreakEvenKind.WITH_OPS).requestsPerDay().orElseThrow();
        assertClose(200 / 0.066, be);
        assertEquals(3030.3, be, 0.005);
    }

    @Test
    void rawSavingsAt1000RequestsADay() {
        // 1,000 · 0.066 − 20 = 66 − 20
        CostModel m = CostModel.of(Scenarios.seed(1000));
        assertClose(46, m.apiOnly(1000) - m.planRaw(1000));
    }

    @Test
    void netSavingsAt10000RequestsADayWith60DollarsCompute() {
        // 660 − 60 − 3·60 = 420
        CostModel m = CostModel.of(Scenarios.withHost(Scenarios.seed(10_000), Billing.FLAT, 60, 0, 0, 1, 0));
        assertClose(420, m.savings(10_000));
    }

    @Test
    void oneTimeMigrationIsPaidBackInUnderAMonth() {
        // (5 + 1) · 60 = 360; 360 / (660 − 20 − 180) = 360 / 460 = 0.78261
        CostModel m = CostModel.of(Scenarios.seed(10_000));
        assertClose(360, m.oneTimeCost());
        assertClose(360.0 / 460.0, m.paybackMonths(10_000));
        assertEquals(0.7826, m.paybackMonths(10_000), 0.00005);
    }

    @Test
    void defaultMonthOf30Point42DaysGivesOtherBreakEvens() {
        // D = 365/12: D·c = 0.09125; 20 / 0.09125 = 219.178…, 200 / 0.09125 = 2,191.78…
        Scenario s = Scenarios.seed(1000).withWorkload(new Workload(1000, 365.0 / 12.0, 500, 100));
        assertClose(219.17808219178082, BreakEvenSolver.solve(s, BreakEvenKind.RAW).requestsPerDay().orElseThrow());
        assertClose(2191.7808219178082, BreakEvenSolver.solve(s, BreakEvenKind.WITH_OPS).requestsPerDay().orElseThrow());
    }

    @Test
    void articlesUpperSavingsFigureNeedsOneOpsHourAnd26DollarsCompute() {
        // "$420–$574": 660 − 26 − 1·60 = 574 (with the stated 3 h it would be 660 − 26 − 180 = 454)
        Scenario cheapGpu = Scenarios.withHost(Scenarios.seed(10_000), Billing.FLAT, 26, 0, 0, 1, 0);
        assertClose(454, CostModel.of(cheapGpu).savings(10_000));
        assertClose(574, CostModel.of(cheapGpu.with(InputField.MAINTENANCE_HOURS_PER_MONTH, 1)).savings(10_000));
    }
}
