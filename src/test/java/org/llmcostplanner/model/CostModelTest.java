package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each formula of cost model v1 on hand-computed inputs (expected values worked out in the comments). */
class CostModelTest {

    /** Relative tolerance: the hand values are exact decimals, the code works in binary doubles. */
    private static final double REL = 1e-12;

    static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, REL * Math.max(1, Math.abs(expected)),
                () -> "expected " + expected + " but was " + actual);
    }

    private static Scenario api(double tin, double tout, double pin, double pout, Double pc, double hit,
                                double batchShare, double batchDiscount) {
        return Scenarios.seed(1000)
                .withWorkload(new Workload(1000, 22, tin, tout))
                .withApi(new ApiPricing(null, pin, pout, pc, hit, batchShare, batchDiscount));
    }

    @Nested
    class ApiCostPerRequest {

        @Test
        void plainTokensTimesPrices() {
            // (500·3 + 100·15) / 1e6 = 3000 / 1e6
            assertClose(0.003, CostModel.of(api(500, 100, 3, 15, null, 0, 0, 0.5)).apiCostPerRequest());
        }

        @Test
        void cacheHitsPayTheCachedPrice() {
            // (500·0.6·3 + 500·0.4·0.3 + 100·15) / 1e6 = (900 + 60 + 1500) / 1e6
            assertClose(0.00246, CostModel.of(api(500, 100, 3, 15, 0.3, 0.4, 0, 0.5)).apiCostPerRequest());
        }

        @Test
        void cachedPriceDefaultsToATenthOfTheInputPrice() {
            // Pc = 0.1·4 = 0.4; all input cached: (1000·0.4 + 0·20) / 1e6
            assertClose(0.0004, CostModel.of(api(1000, 0, 4, 20, null, 1, 0, 0.5)).apiCostPerRequest());
        }

        @Test
        void batchDiscountAppliesToTheBatchedShareOnly() {
            // (1 − 0.5·0.5) · 0.003 = 0.75 · 0.003
            assertClose(0.00225, CostModel.of(api(500, 100, 3, 15, null, 0, 0.5, 0.5)).apiCostPerRequest());
        }

        @Test
        void cacheAndBatchCombine() {
            // (1 − 0.2·0.5) · 0.00246 = 0.9 · 0.00246
            assertClose(0.002214, CostModel.of(api(500, 100, 3, 15, 0.3, 0.4, 0.2, 0.5)).apiCostPerRequest());
        }

        @Test
        void fullBatchAtFullDiscountIsFree() {
            assertClose(0, CostModel.of(api(500, 100, 3, 15, null, 0, 1, 1)).apiCostPerRequest());
        }
    }

    @Test
    void monthlyApiCostIsVolumeTimesDaysTimesCostPerRequest() {
        CostModel m = CostModel.of(Scenarios.seed(0));
        // 1234 · 22 · 0.003
        assertClose(81.444, m.api(1234));
        assertClose(0, m.api(0));
        assertClose(81.444, m.apiOnly(1234));
    }

    @Nested
    class Gpu {

        /** Tout = 100; S = 50 tok/s: one request/day keeps a GPU busy 100/(50·3600) h a day. */
        private CostModel host(Billing billing, double flat, double hourly, double tps, double u, double hmin) {
            return CostModel.of(Scenarios.withHost(Scenarios.seed(0)
                            .withWorkload(new Workload(0, 20, 500, 100)),
                    billing, flat, hourly, tps, u, hmin));
        }

        @Test
        void busyHoursFollowOutputTokensAndThroughput() {
            CostModel m = host(Billing.FLAT, 20, 0, 50, 0.5, 0);
            // 9000·100 / (50·3600) = 900000 / 180000
            assertClose(5, m.busyHoursPerDay(9000));
            assertClose(0, m.busyHoursPerDay(0));
        }

        @Test
        void busyHoursAreZeroWhenCapacityIsNotModelled() {
            assertClose(0, host(Billing.FLAT, 20, 0, 0, 1, 0).busyHoursPerDay(1e6));
        }

        @Test
        void flatInstancesStepWithThroughput() {
            // u = 0.5: one instance gives 24·0.5 = 12 busy hours a day, i.e. 21,600 req/day.
            CostModel m = host(Billing.FLAT, 20, 0, 50, 0.5, 0);
            assertEquals(1, m.flatInstances(0));
            assertEquals(1, m.flatInstances(9000));      // 5 h  → ceil(5/12)  = 1
            assertEquals(1, m.flatInstances(21600));     // 12 h → ceil(1)     = 1 (an instance serves up to its capacity)
            assertEquals(2, m.flatInstances(21601));     // just over one instance
            assertEquals(3, m.flatInstances(64800));     // 36 h → ceil(3)     = 3
            assertEquals(4, m.flatInstances(64801));
            assertClose(20, m.gpu(21600));
            assertClose(40, m.gpu(21601));
            assertClose(80, m.gpu(64801));
        }

        @Test
        void flatWithoutThroughputIsOneInstanceAtAnyVolume() {
            CostModel m = host(Billing.FLAT, 20, 0, 0, 0.5, 0);
            assertEquals(1, m.flatInstances(1e9));
            assertClose(20, m.gpu(0));
            assertClose(20, m.gpu(1e9));
        }

        @Test
        void hourlyPaysBusyHoursOverUtilization() {
            // 9000 req/day: 5 busy h / 0.5 = 10 billed h; 10 · D 20 · $2 = 400
            CostModel m = host(Billing.HOURLY, 20, 2, 50, 0.5, 0);
            assertClose(400, m.gpu(9000));
            assertClose(0, m.gpu(0));
            // utilization 1: 5 h · 20 · 2
            assertClose(200, host(Billing.HOURLY, 20, 2, 50, 1, 0).gpu(9000));
        }

        @Test
        void hourlyNeverBillsBelowTheDailyFloor() {
            // Hmin = 4 h: floor cost 4 · 20 · 2 = 160; the floor binds until busy/u = 4 h (3,600 req/day).
            CostModel m = host(Billing.HOURLY, 20, 2, 50, 0.5, 4);
            assertClose(160, m.gpu(0));
            assertClose(160, m.gpu(1800));  // 1 h / 0.5 = 2 h < 4
            assertClose(160, m.gpu(3600));  // 2 h / 0.5 = 4 h = floor
            assertClose(400, m.gpu(9000));  // 10 h > floor
        }

        @Test
        void hourlyWithoutThroughputBillsTheFloorOnly() {
            assertClose(160, host(Billing.HOURLY, 20, 2, 0, 0.5, 4).gpu(1e6));
            assertClose(0, host(Billing.HOURLY, 20, 2, 0, 0.5, 0).gpu(1e6));
        }
    }

    @Nested
    class PeopleCosts {

        private CostModel ops(double rate, double maint, double setup, double code, double rampDays,
                              double perRampDay, double months) {
            return CostModel.of(Scenarios.seed(0).withOps(new Ops(rate, maint, setup, code, rampDays, perRampDay, months)));
        }

        @Test
        void opsIsMaintenanceHoursTimesRate() {
            assertClose(180, ops(60, 3, 5, 1, 0, 8, 0).ops());     // 3 · 60
            assertClose(250, ops(100, 2.5, 5, 1, 0, 8, 0).ops());  // 2.5 · 100
        }

        @Test
        void oneTimeCountsSetupCodeAndRampDays() {
            assertClose(360, ops(60, 3, 5, 1, 0, 8, 0).oneTimeCost());   // (5 + 1 + 0) · 60
            assertClose(1800, ops(60, 3, 5, 1, 3, 8, 0).oneTimeCost());  // (5 + 1 + 3·8) · 60
        }

        @Test
        void migrationSpreadsTheOneTimeCostOverAmortizationMonths() {
            assertClose(150, ops(60, 3, 5, 1, 3, 8, 12).migration());  // 1800 / 12
            assertClose(0, ops(60, 3, 5, 1, 3, 8, 0).migration());     // A = 0: not spread
        }
    }

    @Nested
    class RoutingShare {

        /** Seed at 10,000 req/day with σ = 0.25 and an S = 1 tok/s GPU: one instance serves 864 req/day. */
        private CostModel quarter() {
            return CostModel.of(Scenarios.withShare(
                    Scenarios.withHost(Scenarios.seed(10_000), Billing.FLAT, 20, 0, 1, 1, 0), 0.25));
        }

        @Test
        void planSplitsTrafficBetweenApiAndGpu() {
            CostModel m = quarter();
            assertClose(660, m.apiOnly(10_000));       // 10,000 · 22 · 0.003
            assertClose(495, m.planApi(10_000));       // 7,500 · 22 · 0.003
            assertEquals(3, m.gpuInstances(10_000));   // 2,500 req/day / 864 → ceil(2.89) = 3
            assertClose(60, m.planGpu(10_000));        // 3 · 20
            assertClose(180, m.planOps());
            assertClose(0, m.planMigration());
            assertClose(735, m.plan(10_000));          // 495 + 60 + 180
            assertClose(555, m.planRaw(10_000));       // 495 + 60
            assertClose(-75, m.savings(10_000));       // 660 − 735
            assertClose(555, m.plan(10_000, BreakEvenKind.RAW));
            assertClose(735, m.plan(10_000, BreakEvenKind.WITH_OPS));
        }

        @Test
        void monthlyFiguresAddUp() {
            MonthlyCosts c = quarter().monthly(10_000);
            assertClose(660, c.apiOnly());
            assertClose(495, c.planApi());
            assertClose(60, c.gpu());
            assertClose(180, c.ops());
            assertClose(0, c.migration());
            assertClose(735, c.plan());
            assertClose(-75, c.savings());
        }

        @Test
        void nothingSelfHostedMeansNoSelfHostedCosts() {
            CostModel m = CostModel.of(Scenarios.withShare(Scenarios.seed(10_000)
                    .withOps(new Ops(60, 3, 5, 1, 0, 8, 6)), 0));
            MonthlyCosts c = m.monthly(10_000);
            assertClose(660, c.planApi());
            assertClose(0, c.gpu());
            assertClose(0, c.ops());
            assertClose(0, c.migration());
            assertClose(660, c.plan());
            assertClose(0, c.savings());
            assertEquals(-1, m.gpuInstances(10_000));
            assertTrue(Double.isNaN(m.paybackMonths(10_000)));
        }

        @Test
        void allSelfHostedPaysNoApi() {
            CostModel m = CostModel.of(Scenarios.seed(10_000));
            assertClose(0, m.planApi(10_000));
            assertClose(200, m.plan(10_000));  // 20 + 180
            assertClose(460, m.savings(10_000));
        }
    }

    @Nested
    class Payback {

        @Test
        void amortizedMigrationIsAddedToThePlanButNotCountedAgainstPayback() {
            // A = 12: migration 360/12 = 30; plan 20 + 180 + 30 = 230; payback 360 / (660 − 200)
            CostModel m = CostModel.of(Scenarios.seed(10_000).withOps(new Ops(60, 3, 5, 1, 0, 8, 12)));
            assertClose(30, m.migration());
            assertClose(230, m.plan(10_000));
            assertClose(430, m.savings(10_000));
            assertClose(360.0 / 460.0, m.paybackMonths(10_000));
        }

        @Test
        void noPaybackWhenSelfHostingSavesNothing() {
            // 1,000 req/day: 66 − (20 + 180) < 0
            assertTrue(Double.isNaN(CostModel.of(Scenarios.seed(1000)).paybackMonths(1000)));
        }

        @Test
        void noPaybackWhenMonthlyGainIsExactlyZero() {
            // c = 976.5625/1e6 = 2^-10 exactly; 10,240 req/day · 20 days · 2^-10 = 200 = 20 + 180.
            Scenario s = Scenarios.seed(10_240)
                    .withWorkload(new Workload(10_240, 20, 0, 1))
                    .withApi(new ApiPricing(null, 3, 976.5625, null, 0, 0, 0.5));
            CostModel m = CostModel.of(s);
            assertEquals(0.0, m.savings(10_240));
            assertTrue(Double.isNaN(m.paybackMonths(10_240)));
        }

        @Test
        void hourlyBillingReportsNoInstanceCount() {
            CostModel m = CostModel.of(Scenarios.withHost(Scenarios.seed(1000), Billing.HOURLY, 0, 1, 10, 1, 0));
            assertEquals(-1, m.gpuInstances(1000));
        }
    }
}
