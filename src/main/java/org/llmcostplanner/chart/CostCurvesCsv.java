package org.llmcostplanner.chart;

import java.math.BigDecimal;

/**
 * The cost curves as CSV, one row per sampled volume, in the order {@link CostCurves} gives them
 * (sorted by volume, exact step points included). Numbers are plain decimals with '.' whatever the
 * default Locale, in the shortest form that reads back as the same double, never in exponent form.
 */
public final class CostCurvesCsv {

    public static final String HEADER = "requestsPerDay,apiOnly,planApi,gpu,ops,migration,plan,savings";

    private CostCurvesCsv() {
    }

    public static String toCsv(CostCurves c) {
        StringBuilder sb = new StringBuilder(HEADER.length() + c.size() * 120);
        sb.append(HEADER).append('\n');
        for (int i = 0; i < c.size(); i++) {
            sb.append(number(c.volume(i))).append(',')
                    .append(number(c.apiOnly(i))).append(',')
                    .append(number(c.planApi(i))).append(',')
                    .append(number(c.gpu(i))).append(',')
                    .append(number(c.ops(i))).append(',')
                    .append(number(c.migration(i))).append(',')
                    .append(number(c.plan(i))).append(',')
                    .append(number(c.savings(i))).append('\n');
        }
        return sb.toString();
    }

    /** E.g. 10000000, 0.003, 66, -134: no exponent, no grouping, no Locale. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a cost curve value is not finite: " + v);
        }
        if (v == 0) {
            return "0"; // also -0.0
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
