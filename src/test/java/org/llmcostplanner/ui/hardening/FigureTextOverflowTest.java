package org.llmcostplanner.ui.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.ui.FigureText;

/** The headline's wording of figures that overflowed: plain words, never "Infinity" or "NaN". */
class FigureTextOverflowTest {

    @Test
    void nonFiniteFiguresReadTooLargeToCompute() {
        for (double v : new double[]{Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            assertEquals(FigureText.TOO_LARGE, FigureText.monthlyMoney(v), "money " + v);
            assertEquals(FigureText.TOO_LARGE, FigureText.volume(v), "volume " + v);
            assertEquals(FigureText.TOO_LARGE, FigureText.volume(OptionalDouble.of(v)), "break-even " + v);
            assertEquals(FigureText.TOO_LARGE, FigureText.billingDays(v), "days " + v);
        }
        assertEquals(FigureText.TOO_LARGE, FigureText.months(Double.POSITIVE_INFINITY));
        assertEquals(FigureText.NEVER, FigureText.months(Double.NaN), "NaN payback is the model's \"never\"");
        assertEquals(FigureText.NEVER, FigureText.volume(OptionalDouble.empty()));
        assertEquals("\u2212$134.00/month", FigureText.monthlyMoney(-134));
    }
}
