package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Break-even volumes on hand-built scenarios. All start from the seed (D·c = 0.066, F = 20,
 * ops 180), where savings on the k-th flat instance are 0.066·v − 20·k − overhead.
 */
class BreakEvenSolverTest {

    private static final double REL = 1e-12;

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, REL * Math.max(1, Math.abs(expected)),
                () -> "expected " + expected + " but was " + actual);
    }

    private static BreakEven raw(Scenario s) {
        return BreakEvenSolver.solve(s, BreakEvenKind.RAW);
    }

    private static BreakEven withOps(Scenario s) {
        return BreakEvenSolver.solve(s, BreakEvenKind.WITH_OPS);
    }

    /** Asserts the crossings, alternating from "plan becomes cheaper", at the given volumes. */
    private static void assertCrossings(BreakEven be, double... volumes) {
        List<Crossing> cs = be.crossings();
        assertEquals(volumes.length, cs.size(), () -> "crossings " + cs);
        for (int i = 0; i < volumes.length; i++) {
            assertClose(volumes[i], cs.get(i).requestsPerDay());
            assertEquals(i % 2 == 0, cs.get(i).planBecomesCheaper(), "direction of crossing " + i);
        }
        assertFalse(be.crossingsTruncated());
    }

    private static Scenario flat(double flatCost, double tps) {
        return Scenarios.withHost(Scenarios.seed(1000), Billing.FLAT, flatCost, 0, tps, 1, 0);
    }

    @Test
    void seedWithoutThroughputCrossesOnce() {
        assertCrossings(raw(Scenarios.seed(1000)), 20 / 0.066);
        assertCrossings(withOps(Scenarios.seed(1000)), 200 / 0.066);
    }

    @Test
    void routingShareScalesTheBreakEven() {
        // σ = 0.5: savings 0.066·0.5·v − 20 → v = 20 / 0.033
        Scenario half = Scenarios.withShare(Scenarios.seed(1000), 0.5);
        assertClose(20 / 0.033, raw(half).requestsPerDay().orElseThrow());
        assertClose(200 / 0.033, withOps(half).requestsPerDay().orElseThrow());
    }

    @Test
    void amortizedMigrationRaisesOnlyTheBreakEvenWithOps() {
        // A = 6: 360 / 6 = 60 a month; (20 + 180 + 60) / 0.066
        Scenario s = Scenarios.seed(1000).withOps(new Ops(60, 3, 5, 1, 0, 8, 6));
        assertClose(260 / 0.066, withOps(s).requestsPerDay().orElseThrow());
        assertClose(20 / 0.066, raw(s).requestsPerDay().orElseThrow());
    }

    @Nested
    class InstanceSteps {

        /**
         * S = 0.5 tok/s, Tout = 100: one instance serves 86,400·0.5/100 = 432 req/day. Raw savings on
         * instance k: 0.066·v − 20k, rooted at 20k/0.066, dearer again at each step 432k while
         * 0.066·432k − 20(k+1) < 0 (k ≤ 2); from 1,296 on every piece starts at ≥ 0.
         */
        @Test
        void rawReportsTheFirstOfSeveralCrossings() {
            BreakEven be = raw(flat(20, 0.5));
            assertClose(20 / 0.066, be.requestsPerDay().orElseThrow());
            assertCrossings(be, 20 / 0.066, 432, 40 / 0.066, 864, 60 / 0.066);
        }

        /** With ops: (20k + 180)/0.066 must lie below 432k, first true for k = 22 (9,393.9 < 9,504). */
        @Test
        void withOpsReportsTheFirstOfSeveralCrossings() {
            BreakEven be = withOps(flat(20, 0.5));
            assertClose(620 / 0.066, be.requestsPerDay().orElseThrow());
            assertCrossings(be, 620 / 0.066, 9504, 640 / 0.066, 9936, 660 / 0.066);
        }

        /**
         * S = 0.6664: one instance serves 575.7696 req/day. With ops the plan first pays on the 10th
         * instance, from (200 + 180)/0.066 = 5,757.5758 to the step at 10·575.7696 = 5,757.696: a
         * window of 0.12 req/day.
         */
        @Test
        void findsANarrowWindowJustBeforeAnInstanceStep() {
            Scenario s = flat(20, 0.6664);
            BreakEven be = withOps(s);
            assertClose(380 / 0.066, be.requestsPerDay().orElseThrow());
            assertCrossings(be, 380 / 0.066, 5757.696, 400 / 0.066, 6333.4656, 420 / 0.066);

            // The window is real in the cost model itself ...
            CostModel m = CostModel.of(s);
            double inside = 5757.65;
            assertTrue(m.plan(inside) < m.apiOnly(inside));
            assertTrue(m.plan(5757.70) > m.apiOnly(5757.70));
            // ... and a scan in steps of 0.25 req/day steps right over it.
            for (double v = 0; v < 6000; v += 0.25) {
                assertTrue(m.plan(v) > m.apiOnly(v), "grid point " + v);
            }
        }

        @Test
        void rawCrossingsOfTheNarrowScenario() {
            assertCrossings(raw(flat(20, 0.6664)), 20 / 0.066, 575.7696, 40 / 0.066);
        }

        /** S = 0.2: an instance serves 172.8 req/day worth 0.066·172.8 = $11.40 of API, less than its $20. */
        @Test
        void neverWhenAFullInstanceCostsMoreThanTheApiItReplaces() {
            assertTrue(raw(flat(20, 0.2)).isNever());
            assertTrue(withOps(flat(20, 0.2)).crossings().isEmpty());
        }

        /**
         * S = 0.35422: an instance serves 306.04608 req/day; it gains 0.066·306.04608 − 20 = 0.19904
         * a month over the API when full, so pieces 1 … 101 each cross twice (k − 1 < 20/0.19904):
         * 1 + 2·100 = 201 crossings, one more than are listed.
         */
        @Test
        void listsAtMostMaxCrossingsAndSaysWhenMoreExist() {
            BreakEven be = raw(flat(20, 0.35422));
            assertClose(20 / 0.066, be.requestsPerDay().orElseThrow());
            assertEquals(BreakEvenSolver.MAX_CROSSINGS, be.crossings().size());
            assertTrue(be.crossingsTruncated());
            assertClose(306.04608, be.crossings().get(1).requestsPerDay());
        }

        /** S = 0.35425: 306.072 req/day an instance, gain 0.200752, 100 pieces: 199 crossings, all listed. */
        @Test
        void notTruncatedWhenEveryCrossingFits() {
            BreakEven be = raw(flat(20, 0.35425));
            assertEquals(199, be.crossings().size());
            assertFalse(be.crossingsTruncated());
            assertClose(2000 / 0.066, be.crossings().get(198).requestsPerDay());  // piece 100: 20·100/0.066
            assertTrue(be.crossings().get(198).planBecomesCheaper());
        }

        /** Valid but extreme throughput: one instance's capacity overflows to infinity; one instance always. */
        @Test
        void hugeThroughputIsOneInstance() {
            Scenario s = flat(20, 1e307);
            assertClose(20 / 0.066, raw(s).requestsPerDay().orElseThrow());
            assertClose(200 / 0.066, withOps(s).requestsPerDay().orElseThrow());
        }

        /** Free GPUs (F = 0): steps cost nothing, the plan pays from the ops alone even at tiny throughput. */
        @Test
        void freeInstancesAtTinyThroughput() {
            assertClose(180 / 0.066, withOps(flat(0, 1e-20)).requestsPerDay().orElseThrow());
        }
    }

    @Nested
    class HourlyBilling {

        /**
         * R = $1/h, D = 22, Hmin = 4 h: floor $88 a month. With S = 10 the floor holds up to
         * 4·10·3600/100 = 1,440 req/day, above it the GPU costs 22·1·100/(3600·10) = 11/180 a
         * request/day, leaving 0.066 − 11/180 = 0.88/180 of savings per request/day.
         */
        private Scenario hourly(double tps, double minHours) {
            return Scenarios.withHost(Scenarios.seed(1000), Billing.HOURLY, 0, 1, tps, 1, minHours);
        }

        @Test
        void rawBreakEvenBeforeTheKink() {
            assertCrossings(raw(hourly(10, 4)), 88 / 0.066);  // 1,333.3 < 1,440
        }

        @Test
        void withOpsBreakEvenAfterTheKink() {
            // Under the floor: (88 + 180)/0.066 = 4,060 > 1,440, so it lies past the kink: 180 / (0.88/180)
            assertCrossings(withOps(hourly(10, 4)), 180 * 180 / 0.88);
        }

        @Test
        void neverWhenEachRequestCostsMoreOnTheGpu() {
            // S = 5: 22·100/(3600·5) = 0.1222 > 0.066 a request/day
            assertTrue(raw(hourly(5, 4)).isNever());
            assertTrue(withOps(hourly(5, 0)).isNever());
        }

        @Test
        void touchingAtZeroIsNever() {
            // Hmin = 0, raw: both costs are 0 at v = 0 and self-hosting is dearer for every request after.
            BreakEven be = raw(hourly(5, 0));
            assertTrue(be.isNever());
            assertTrue(be.crossings().isEmpty());
        }

        @Test
        void cheaperFromZeroWhenEachRequestIsCheaperOnTheGpu() {
            // Hmin = 0, raw, S = 10: 0.066 − 0.0611 > 0 for every request: cheaper from v = 0 on.
            BreakEven be = raw(hourly(10, 0));
            assertClose(0, be.requestsPerDay().orElseThrow());
            assertTrue(be.crossings().isEmpty());
        }

        @Test
        void floorWithoutThroughputIsAFixedCost() {
            // S = 0: $88 a month whatever the volume → 88 / 0.066
            assertCrossings(raw(hourly(0, 4)), 88 / 0.066);
        }
    }

    @Test
    void nothingSelfHostedIsNever() {
        Scenario s = Scenarios.withShare(Scenarios.seed(1000), 0);
        assertTrue(raw(s).isNever());
        assertTrue(withOps(s).isNever());
        assertTrue(raw(s).crossings().isEmpty());
    }

    @Test
    void freePlanIsCheaperFromZero() {
        // F = 0 and raw: plan = api(0) + 0 ≤ api(v) for every v.
        BreakEven be = raw(flat(0, 0));
        assertClose(0, be.requestsPerDay().orElseThrow());
        assertTrue(be.crossings().isEmpty());
    }

    @Test
    void searchStopsAtOneBillionRequestsADay() {
        // F = 0.066 · 9.99e8 → break-even 9.99e8; F = 0.066 · 1.01e9 → beyond the search range.
        assertClose(9.99e8, raw(flat(0.066 * 9.99e8, 0)).requestsPerDay().orElseThrow());
        BreakEven beyond = raw(flat(0.066 * 1.01e9, 0));
        assertTrue(beyond.isNever());
        assertTrue(beyond.crossings().isEmpty());
    }

    /**
     * S = 625,000: an instance serves 540,000,000 req/day. F = 3e7: crossings at 3e7/0.066 (up),
     * 5.4e8 (down), 6e7/0.066 = 9.09e8 (up); the next step, 1.08e9, lies outside the search range.
     */
    @Test
    void crossingsBeyondOneBillionAreNotListed() {
        assertCrossings(raw(flat(3e7, 625_000)), 3e7 / 0.066, 5.4e8, 6e7 / 0.066);
    }

    @Test
    void solvingAScenarioEqualsSolvingItsModel() {
        Scenario s = flat(20, 0.5);
        assertEquals(BreakEvenSolver.solve(CostModel.of(s), BreakEvenKind.WITH_OPS), withOps(s));
    }
}
