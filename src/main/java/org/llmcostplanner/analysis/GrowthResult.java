package org.llmcostplanner.analysis;

/**
 * Traffic growing month by month from the scenario's volume.
 *
 * @param monthlyGrowthPercent g, % a month (negative for shrinking traffic)
 * @param horizonMonths        months projected
 * @param firstCheaperMonth    the first month (1 = the current one) in which the plan with ops is at
 *                             least as cheap as the API; null when none within the horizon or nothing
 *                             is self-hosted (σ = 0)
 * @param paybackMonth         the first month at whose end the cumulative savings, after the one-time
 *                             cost, reach 0 (0 when there is no one-time cost); null when none within the
 *                             horizon or nothing is self-hosted
 * @param requestsPerDay       volume of month k at index k − 1
 * @param monthlySavings       apiOnly − plan (as the report's monthly figure) of month k at index k − 1
 * @param cumulativeSavings    index n: −oneTime + the first n months' savings before amortization;
 *                             index 0 is the day of the switch (just the one-time cost)
 */
public record GrowthResult(double monthlyGrowthPercent, int horizonMonths, Integer firstCheaperMonth,
                           Integer paybackMonth, double[] requestsPerDay, double[] monthlySavings,
                           double[] cumulativeSavings) {

    /** Cumulative savings after n months (n ≤ horizon), the one-time cost paid at month 0. */
    public double cumulativeAfter(int months) {
        return cumulativeSavings[months];
    }
}
