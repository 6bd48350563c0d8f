package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.MonthlyCosts;
import org.llmcostplanner.model.Scenario;

class CostCurvesTest {

    private static final Scenario SEED = Scenario.defaults().with(InputField.BILLING_DAYS_PER_MONTH, 22);
    /** One output token a second: an instance serves 864 requests/day of 100 output tokens. */
    private static final Scenario STEPS = SEED.with(InputField.OUTPUT_TOKENS_PER_SECOND, 1);
    private static final Scenario HOURLY = SEED.withBilling(Billing.HOURLY)
            .with(InputField.HOURLY_RATE, 1.2).with(InputField.OUTPUT_TOKENS_PER_SECOND, 30)
            .with(InputField.MIN_BILLED_HOURS_PER_DAY, 4).with(InputField.SELF_HOST_SHARE, 0.7);

    @Test
    void everyInstanceStepHasAPointJustBeforeAndJustAfterIt() {
        CostModel model = CostModel.of(STEPS);
        CostCurves c = CostCurves.sample(model, 1);
        for (int k = 1; k <= 5; k++) {
            double step = 864.0 * k;
            int before = indexClosestBelow(c, step);
            assertEquals(step, c.volume(before), step * 1e-6, "point just below step " + k);
            assertEquals(step, c.volume(before + 1), step * 1e-6, "point just above step " + k);
            assertEquals(20.0 * k, c.gpu(before), 1e-9);
            assertEquals(20.0 * (k + 1), c.gpu(before + 1), 1e-9);
        }
    }

    @Test
    void theHourlyFloorsEndIsSampledExactly() {
        CostModel model = CostModel.of(HOURLY);
        // busy(σ·v)/u = 4 h a day: σ·v·100 tokens / (30 tok/s · 3600) = 4
        double floorEnd = 4 * 30 * 3600 / (0.7 * 100);
        CostCurves c = CostCurves.sample(model, 1);
        boolean found = false;
        for (int i = 0; i < c.size(); i++) {
            found |= Math.abs(c.volume(i) - floorEnd) < 1e-9 * floorEnd;
        }
        assertTrue(found, "sampled at the end of the hourly floor, " + floorEnd);
    }

    @Test
    void volumesRiseAndCostsNeverFallWithVolume() {
        for (Scenario s : List.of(SEED, STEPS, HOURLY, SEED.with(InputField.AMORTIZATION_MONTHS, 6))) {
            CostCurves c = CostCurves.sample(CostModel.of(s), 1);
            for (int i = 1; i < c.size(); i++) {
                assertTrue(c.volume(i) > c.volume(i - 1), "volumes strictly increase");
                assertTrue(c.apiOnly(i) >= c.apiOnly(i - 1), "API cost never falls");
                assertTrue(c.gpu(i) >= c.gpu(i - 1), "GPU cost never falls");
                assertTrue(c.plan(i) >= c.plan(i - 1), "plan never falls");
            }
        }
    }

    @Test
    void coversTheRangeAndEveryValueIsTheModels() {
        CostModel model = CostModel.of(HOURLY);
        CostCurves c = CostCurves.sample(model, 1, 1e7, 50);
        assertEquals(1, c.volume(0));
        assertEquals(1e7, c.volume(c.size() - 1));
        for (int i = 0; i < c.size(); i++) {
            MonthlyCosts m = model.monthly(c.volume(i));
            assertEquals(m.apiOnly(), c.apiOnly(i));
            assertEquals(m.planApi(), c.planApi(i));
            assertEquals(m.gpu(), c.gpu(i));
            assertEquals(m.ops(), c.ops(i));
            assertEquals(m.migration(), c.migration(i));
            assertEquals(m.plan(), c.plan(i));
            assertEquals(m.savings(), c.savings(i), 1e-9);
        }
    }

    @Test
    void theRangeWidensForVolumesBeyondTenMillion() {
        assertEquals(1e7, CostCurves.upperVolume(1000));
        assertEquals(1e8, CostCurves.upperVolume(3e7));
        assertEquals(1e9, CostCurves.upperVolume(1e9));
    }

    private static int indexClosestBelow(CostCurves c, double v) {
        int best = -1;
        for (int i = 0; i < c.size(); i++) {
            if (c.volume(i) < v) {
                best = i;
            }
        }
        return best;
    }
}
