package org.llmcostplanner.analysis;

import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * Growth: traffic changes by g % a month from the scenario's volume (month k carries
 * v · (1 + g)^(k−1) req/day, capped at the model's 1e9). For each month, the plan's monthly savings
 * as the report shows them; the first month in which the plan with ops is at least as cheap; and
 * the cumulative savings, counting the whole one-time cost (setup, code, ramp) at month 0 and the
 * monthly savings before amortization after it, so the one-time cost is not counted twice.
 */
public final class Growth {

    /** The default projection: 3 years. */
    public static final int DEFAULT_HORIZON_MONTHS = 36;
    private static final double MAX_VOLUME = InputField.REQUESTS_PER_DAY.max();

    private Growth() {
    }

    public static GrowthResult project(Scenario scenario, double monthlyGrowthPercent) {
        return project(scenario, monthlyGrowthPercent, DEFAULT_HORIZON_MONTHS);
    }

    /**
     * @param monthlyGrowthPercent g in %, finite and above −100
     * @param horizonMonths        months to project, 1 … 1200
     */
    public static GrowthResult project(Scenario scenario, double monthlyGrowthPercent, int horizonMonths) {
        if (!Double.isFinite(monthlyGrowthPercent) || monthlyGrowthPercent <= -100) {
            throw new IllegalArgumentException("monthly growth must be a finite % above −100, was " + monthlyGrowthPercent);
        }
        if (horizonMonths < 1 || horizonMonths > 1200) {
            throw new IllegalArgumentException("horizon must be 1 … 1200 months, was " + horizonMonths);
        }
        CostModel m = CostModel.of(scenario);
        double factor = 1 + monthlyGrowthPercent / 100;
        double v0 = scenario.workload().requestsPerDay();
        double[] volumes = new double[horizonMonths];
        double[] monthly = new double[horizonMonths];
        double[] cumulative = new double[horizonMonths + 1];
        boolean selfHosting = m.selfHostShare() > 0;
        cumulative[0] = selfHosting ? -m.oneTimeCost() : 0;
        Integer firstCheaper = null;
        Integer payback = selfHosting && cumulative[0] >= 0 ? 0 : null; // no one-time cost: nothing to pay back
        for (int k = 1; k <= horizonMonths; k++) {
            double v = Math.min(MAX_VOLUME, v0 * Math.pow(factor, k - 1));
            volumes[k - 1] = v;
            monthly[k - 1] = m.savings(v);
            if (firstCheaper == null && selfHosting && monthly[k - 1] >= 0) {
                firstCheaper = k;
            }
            double beforeAmortization = monthly[k - 1] + m.planMigration();
            cumulative[k] = cumulative[k - 1] + beforeAmortization;
            if (payback == null && selfHosting && cumulative[k] >= 0) {
                payback = k;
            }
        }
        return new GrowthResult(monthlyGrowthPercent, horizonMonths, firstCheaper, payback, volumes, monthly, cumulative);
    }
}
