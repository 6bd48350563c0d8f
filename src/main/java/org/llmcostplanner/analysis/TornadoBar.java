package org.llmcostplanner.analysis;

import org.llmcostplanner.model.InputField;

/**
 * One input's bar in the tornado: the with-ops break-even and the monthly savings with the input
 * moved down and up by P %.
 *
 * @param input          the input moved
 * @param baseValue      its value in the scenario
 * @param lowValue       the value at −P % (clamped to the valid range)
 * @param highValue      the value at +P % (clamped to the valid range)
 * @param breakEvenLow   with-ops break-even at lowValue, req/day; null = never
 * @param breakEvenHigh  with-ops break-even at highValue, req/day; null = never
 * @param savingsLow     monthly savings at the scenario's volume, at lowValue
 * @param savingsHigh    monthly savings at the scenario's volume, at highValue
 * @param breakEvenSwing see {@link #swing(Double, Double)}
 * @param savingsSwing   |savingsHigh − savingsLow|
 */
public record TornadoBar(InputField input, double baseValue, double lowValue, double highValue,
                         Double breakEvenLow, Double breakEvenHigh, double savingsLow, double savingsHigh,
                         double breakEvenSwing, double savingsSwing) {

    /**
     * The swing of a break-even between two answers, null meaning never: |high − low| when both
     * exist; 0 when both are never; +∞ when only one is never — turning a break-even into "never"
     * (or back) changes the decision more than moving it by any finite volume.
     */
    public static double swing(Double low, Double high) {
        if (low == null && high == null) {
            return 0;
        }
        if (low == null || high == null) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(high - low);
    }
}
