package org.llmcostplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class GrowthPropertiesTest {

    private static final int HORIZON = 60;

    @Provide
    Arbitrary<Scenario> linearScenarios() {
        return TestScenarios.scenariosWithoutCapacity().map(s -> s.with(InputField.REQUESTS_PER_DAY,
                Math.max(1, s.workload().requestsPerDay())));
    }

    /** Without capacity steps savings rise linearly with volume, so the month is where volume reaches the break-even. */
    @Property(tries = 300)
    void firstCheaperMonthIsWhereGrowingVolumeFirstReachesTheBreakEven(
            @ForAll("linearScenarios") Scenario s, @ForAll @DoubleRange(min = 0, max = 50) double growth) {
        Assume.that(s.routing().selfHostShare() > 0);
        GrowthResult g = Growth.project(s, growth, HORIZON);
        Double be = Sensitivity.breakEven(CostModel.of(s));
        double v0 = s.workload().requestsPerDay();
        Integer month = null;
        for (int k = 1; k <= HORIZON && be != null; k++) {
            double v = Math.min(1e9, v0 * Math.pow(1 + growth / 100, k - 1));
            if (v >= be * (1 + 1e-9)) {
                month = k;
                break;
            }
            if (v > be * (1 - 1e-9)) {
                return; // volume lands on the break-even within rounding: either answer is right
            }
        }
        assertEquals(month, g.firstCheaperMonth());
    }

    @Property(tries = 300)
    void cumulativeSavingsAreTheOneTimeCostPlusTheMonthlyGains(@ForAll("linearScenarios") Scenario s,
                                                               @ForAll @DoubleRange(min = -20, max = 30) double growth) {
        GrowthResult g = Growth.project(s, growth, 36);
        CostModel m = CostModel.of(s);
        double expected = s.routing().selfHostShare() > 0 ? -m.oneTimeCost() : 0;
        for (int k = 1; k <= 36; k++) {
            double v = g.requestsPerDay()[k - 1];
            expected += m.apiOnly(v) - (m.plan(v) - m.planMigration());
            assertEquals(expected, g.cumulativeAfter(k), 1e-6 * Math.max(1, Math.abs(expected)));
        }
        if (g.paybackMonth() != null) {
            assertTrue(g.cumulativeAfter(g.paybackMonth()) >= 0);
            assertTrue(g.paybackMonth() == 0 || g.cumulativeAfter(g.paybackMonth() - 1) < 0);
        } else {
            for (int k = 1; k <= 36 && s.routing().selfHostShare() > 0; k++) {
                assertTrue(g.cumulativeAfter(k) < 0);
            }
        }
    }

    @Property(tries = 100)
    void nothingSelfHostedIsNeverCheaper(@ForAll("linearScenarios") Scenario s) {
        assertNull(Growth.project(s.with(InputField.SELF_HOST_SHARE, 0), 10, 24).firstCheaperMonth());
    }
}
