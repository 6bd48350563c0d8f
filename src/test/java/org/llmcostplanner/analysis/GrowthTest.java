package org.llmcostplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class GrowthTest {

    private final Scenario seedAt1000 = TestScenarios.seed().with(InputField.REQUESTS_PER_DAY, 1_000);

    @Test
    void tenPercentGrowthFromOneThousandCrossesTheBreakEvenInMonthThirteen() {
        // 1000 · 1.1^(k−1) ≥ 3030.3 first at k − 1 = 12 (1.1^11 = 2.85, 1.1^12 = 3.14).
        GrowthResult g = Growth.project(seedAt1000, 10, 36);
        assertEquals(13, g.firstCheaperMonth());
        assertEquals(1000 * Math.pow(1.1, 12), g.requestsPerDay()[12], 1e-6);
    }

    @Test
    void cumulativeSavingsCountTheOneTimeCostOnceAtMonthZero() {
        // Amortized over 6 months: the monthly figure carries $60 of migration, the cumulative does not.
        Scenario s = TestScenarios.seed().with(InputField.AMORTIZATION_MONTHS, 6);
        GrowthResult g = Growth.project(s, 0, 36);
        assertEquals(-360, g.cumulativeAfter(0), 1e-9);
        assertEquals(660 - 20 - 180 - 60, g.monthlySavings()[0], 1e-9);
        assertEquals(-360 + 12 * 460, g.cumulativeAfter(12), 1e-9);
        assertEquals(-360 + 24 * 460, g.cumulativeAfter(24), 1e-9);
        assertEquals(-360 + 36 * 460, g.cumulativeAfter(36), 1e-9);
        assertEquals(1, g.paybackMonth());
    }

    @Test
    void flatTrafficBelowTheBreakEvenNeverGetsCheaper() {
        GrowthResult g = Growth.project(seedAt1000, 0, 36);
        assertNull(g.firstCheaperMonth());
        assertNull(g.paybackMonth());
        assertEquals(-360 + 36 * (66 - 200), g.cumulativeAfter(36), 1e-9);
    }

    @Test
    void shrinkingTrafficIsAllowedButNotBelowMinusOneHundredPercent() {
        GrowthResult g = Growth.project(TestScenarios.seed(), -50, 12);
        assertEquals(1, g.firstCheaperMonth());
        assertEquals(10_000 / 8.0, g.requestsPerDay()[3], 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Growth.project(seedAt1000, -100, 12));
    }

    @Test
    void nothingSelfHostedHasNoOneTimeCostAndNoCheaperMonth() {
        GrowthResult g = Growth.project(TestScenarios.seed().with(InputField.SELF_HOST_SHARE, 0), 10, 12);
        assertNull(g.firstCheaperMonth());
        assertEquals(0, g.cumulativeAfter(12), 1e-12);
    }
}
