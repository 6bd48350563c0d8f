package org.llmcostplanner.chart;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CostCurvesCsvTest {

    @Test
    void numbersArePlainDecimalsWithADotInEveryLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale l : new Locale[] {Locale.GERMANY, Locale.FRANCE, new Locale("ar", "EG"), Locale.ROOT}) {
                Locale.setDefault(l);
                assertEquals("10000000", CostCurvesCsv.number(1e7), l.toString());
                assertEquals("0.003", CostCurvesCsv.number(0.003), l.toString());
                assertEquals("-134", CostCurvesCsv.number(-134.0), l.toString());
                assertEquals("0.0000001", CostCurvesCsv.number(1e-7), l.toString());
                assertEquals("1234567.5", CostCurvesCsv.number(1234567.5), l.toString());
                assertEquals("0", CostCurvesCsv.number(-0.0), l.toString());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void numbersReadBackAsTheSameDouble() {
        double[] samples = {Math.PI, 1.1066878888639884, 2.0 / 3, 1e-300, 123456789.123, 0.1 + 0.2};
        for (double v : samples) {
            assertEquals(v, Double.parseDouble(CostCurvesCsv.number(v)), 0.0);
        }
    }

    @Test
    void nonFiniteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CostCurvesCsv.number(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CostCurvesCsv.number(Double.POSITIVE_INFINITY));
    }
}
