package org.llmcostplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class UncertaintyTest {

    private final Scenario seed = TestScenarios.seed();
    /** The seed article's own ranges: ops 2–4 h/month, setup 4–6 h, prompt ramp 3–5 days, compute $26–60. */
    private final List<InputRange> articleRanges = List.of(
            new InputRange(InputField.MAINTENANCE_HOURS_PER_MONTH, 2, 4),
            new InputRange(InputField.SETUP_HOURS, 4, 6),
            new InputRange(InputField.RAMP_DAYS, 3, 5),
            new InputRange(InputField.FLAT_MONTHLY_COST, 26, 60));
    private final double[] volumes = {100, 1_000, 10_000};

    @Test
    void articleRangesGiveThePlanBandAndBreakEvenRange() {
        UncertaintyResult r = Uncertainty.analyse(seed, articleRanges, volumes);
        Band plan = r.band(Curve.PLAN);
        assertEquals(26 + 2 * 60, plan.low()[2], 1e-9);
        assertEquals(60 + 4 * 60, plan.high()[2], 1e-9);
        assertEquals(20 + 3 * 60, plan.point()[2], 1e-9);
        assertEquals((26 + 120) / 0.066, r.breakEvenLow(), 1e-6);
        assertEquals((60 + 240) / 0.066, r.breakEvenHigh(), 1e-6);
        assertEquals(200 / 0.066, r.breakEvenPoint(), 1e-6);
        assertTrue(r.exact());
    }

    @Test
    void apiOnlyBandIsFlatWhenNoApiInputIsRanged() {
        Band api = Uncertainty.analyse(seed, articleRanges, volumes).band(Curve.API_ONLY);
        assertEquals(660, api.low()[2], 1e-9);
        assertEquals(660, api.high()[2], 1e-9);
    }

    @Test
    void oneTimeAndPaybackRangesFollowSetupAndRamp() {
        UncertaintyResult r = Uncertainty.analyse(seed, articleRanges, volumes);
        assertEquals((4 + 1 + 3 * 8) * 60, r.oneTimeLow(), 1e-9);
        assertEquals((6 + 1 + 5 * 8) * 60, r.oneTimeHigh(), 1e-9);
        assertEquals(1740 / (660 - 26 - 120.0), r.paybackLow(), 1e-9);
        assertEquals(2820 / (660 - 60 - 240.0), r.paybackHigh(), 1e-9);
    }

    @Test
    void aRangeThatAllowsNeverLeavesTheBreakEvenRangeOpenEnded() {
        // Once both API prices can drop to 0 the API is free and self-hosting never breaks even.
        UncertaintyResult r = Uncertainty.analyse(seed, List.of(new InputRange(InputField.INPUT_PRICE_PER_MTOK, 0, 3),
                new InputRange(InputField.OUTPUT_PRICE_PER_MTOK, 0, 15)), volumes);
        assertNull(r.breakEvenHigh());
        assertEquals(200 / 0.066, r.breakEvenLow(), 1e-6);
    }

    @Test
    void rangingTheRoutingShareIsMarkedInexact() {
        UncertaintyResult r = Uncertainty.analyse(seed, List.of(new InputRange(InputField.SELF_HOST_SHARE, 0.5, 1)), volumes);
        assertFalse(r.exact());
    }

    @Test
    void throughputRangeFromZeroIsMarkedInexact() {
        List<InputRange> ranges = List.of(new InputRange(InputField.OUTPUT_TOKENS_PER_SECOND, 0, 100));
        assertFalse(Uncertainty.analyse(seed, ranges, volumes).exact());
        assertTrue(Uncertainty.analyse(seed, List.of(new InputRange(InputField.OUTPUT_TOKENS_PER_SECOND, 50, 100)),
                volumes).exact());
    }

    @Test
    void badRangesNameTheFieldAndTheAllowedRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new InputRange(InputField.CACHE_HIT_SHARE, 0.2, 1.5));
        assertTrue(e.getMessage().contains("api.cacheHitShare"), e.getMessage());
        assertTrue(e.getMessage().contains("0 … 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new InputRange(InputField.SETUP_HOURS, 6, 4));
    }
}
