package org.llmcostplanner.analysis;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in messages: a few significant digits, no exponent, no trailing zeros (0.7667, 3030, 1000000000). */
final class Numbers {

    private static final MathContext SIGNIFICANT = new MathContext(6);

    private Numbers() {
    }

    static String format(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }
}
