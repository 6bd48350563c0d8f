package org.llmcostplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class SensitivityTest {

    private final Scenario seed = TestScenarios.seed();

    private static TornadoBar bar(Tornado t, InputField f) {
        return t.bars().stream().filter(b -> b.input() == f).findFirst().orElseThrow();
    }

    @Test
    void maintenanceHoursMoveTheBreakEvenBothWays() {
        TornadoBar b = bar(Sensitivity.tornado(seed, 20), InputField.MAINTENANCE_HOURS_PER_MONTH);
        assertEquals(2.4, b.lowValue(), 1e-12);
        assertEquals((20 + 2.4 * 60) / 0.066, b.breakEvenLow(), 1e-6);
        assertEquals((20 + 3.6 * 60) / 0.066, b.breakEvenHigh(), 1e-6);
        assertEquals(660 - 20 - 2.4 * 60, b.savingsLow(), 1e-9);
        assertEquals(72, b.savingsSwing(), 1e-9);
    }

    @Test
    void barsAreSortedByBreakEvenSwingLargestFirst() {
        List<TornadoBar> bars = Sensitivity.tornado(seed).bars();
        for (int i = 1; i < bars.size(); i++) {
            assertTrue(bars.get(i - 1).breakEvenSwing() >= bars.get(i).breakEvenSwing(), bars.get(i).input()::toString);
        }
        assertTrue(bars.get(0).breakEvenSwing() > 0);
    }

    @Test
    void inputsAtZeroAreSkippedNotSwung() {
        Tornado t = Sensitivity.tornado(seed);
        assertTrue(t.skipped().contains(InputField.CACHE_HIT_SHARE));
        assertTrue(t.skipped().contains(InputField.HOURLY_RATE));
        assertTrue(t.bars().stream().noneMatch(b -> b.input() == InputField.CACHE_HIT_SHARE));
    }

    @Test
    void movesOutsideTheValidRangeAreClamped() {
        TornadoBar share = bar(Sensitivity.tornado(seed, 20), InputField.SELF_HOST_SHARE);
        assertEquals(1, share.highValue());
        assertEquals(0.8, share.lowValue(), 1e-12);
        assertEquals(200 / (0.066 * 0.8), share.breakEvenLow(), 1e-6);
    }

    @Test
    void swingIsInfiniteWhenOnlyOneSideNeverBreaksEvenAndZeroWhenBothNever() {
        assertEquals(Double.POSITIVE_INFINITY, TornadoBar.swing(null, 10.0));
        assertEquals(Double.POSITIVE_INFINITY, TornadoBar.swing(10.0, null));
        assertEquals(0, TornadoBar.swing(null, null));
        assertEquals(5, TornadoBar.swing(15.0, 10.0));
    }

    @Test
    void aBreakEvenTurningToNeverTopsTheTornado() {
        // Everything batched at a 90 % discount: +20 % on the discount is clamped to 100 %, the API
        // becomes free and self-hosting never breaks even.
        Scenario s = seed.with(InputField.BATCH_SHARE, 1).with(InputField.BATCH_DISCOUNT, 0.9);
        Tornado t = Sensitivity.tornado(s, 20);
        TornadoBar top = t.bars().get(0);
        assertEquals(InputField.BATCH_DISCOUNT, top.input()); // 0.9 · 1.2 = 1.08 → clamped to 1: API free
        assertNull(top.breakEvenHigh());
        assertEquals(Double.POSITIVE_INFINITY, top.breakEvenSwing());
    }

    @Test
    void negativePercentIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Sensitivity.tornado(seed, -1));
    }

    @Test
    void heatmapWithVolumeAxisMatchesTheModelCellByCell() {
        double[] volumes = SensitivityGrid.axis(InputField.REQUESTS_PER_DAY, 10_000, 50, 7);
        double[] rates = SensitivityGrid.axis(InputField.DEV_RATE_PER_HOUR, 60, 50, 5);
        Heatmap h = SensitivityGrid.savings(seed, InputField.REQUESTS_PER_DAY, volumes, InputField.DEV_RATE_PER_HOUR, rates);
        for (int row = 0; row < rates.length; row++) {
            for (int col = 0; col < volumes.length; col++) {
                double expected = CostModel.of(seed.with(InputField.DEV_RATE_PER_HOUR, rates[row])).savings(volumes[col]);
                assertEquals(expected, h.at(row, col), 1e-9);
            }
        }
    }

    @Test
    void heatmapIsTheSameWhicheverAxisCarriesTheVolume() {
        double[] volumes = SensitivityGrid.axis(InputField.REQUESTS_PER_DAY, 10_000, 50, 4);
        double[] hours = SensitivityGrid.axis(InputField.MAINTENANCE_HOURS_PER_MONTH, 3, 50, 3);
        Heatmap a = SensitivityGrid.savings(seed, InputField.REQUESTS_PER_DAY, volumes, InputField.MAINTENANCE_HOURS_PER_MONTH, hours);
        Heatmap b = SensitivityGrid.savings(seed, InputField.MAINTENANCE_HOURS_PER_MONTH, hours, InputField.REQUESTS_PER_DAY, volumes);
        for (int i = 0; i < hours.length; i++) {
            for (int j = 0; j < volumes.length; j++) {
                assertEquals(a.at(i, j), b.at(j, i), 1e-9);
            }
        }
    }

    @Test
    void heatmapOfTwoOtherInputsReadsTheScenarioVolume() {
        double[] rates = {30, 60};
        double[] hours = {1, 3};
        Heatmap h = SensitivityGrid.savings(seed, InputField.DEV_RATE_PER_HOUR, rates, InputField.MAINTENANCE_HOURS_PER_MONTH, hours);
        assertEquals(660 - 20 - 1 * 30, h.at(0, 0), 1e-9);
        assertEquals(660 - 20 - 3 * 60, h.at(1, 1), 1e-9);
    }

    @Test
    void axisAroundZeroSpansTheLowEndOfTheRange() {
        double[] a = SensitivityGrid.axis(InputField.CACHE_HIT_SHARE, 0, 20, 3);
        assertEquals(0, a[0]);
        assertEquals(1, a[2]);
    }
}
