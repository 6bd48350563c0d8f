package org.llmcostplanner.ui;

import java.util.OptionalDouble;
import org.llmcostplanner.model.BreakEvenKind;
import org.llmcostplanner.model.BreakEvenSolver;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.Scenario;

/**
 * The headline numbers of one scenario, straight from the pure model.
 *
 * @param breakEvenRaw     first raw break-even (GPU only), req/day; empty = never
 * @param breakEvenWithOps first break-even with ops (and amortized migration), req/day; empty = never
 * @param requestsPerDay   the current volume the figures below are for
 * @param savings          monthly savings of the plan at the current volume, ops included (USD)
 * @param rawSavings       monthly savings counting GPU compute only (USD)
 * @param paybackMonths    months to pay back the one-time cost; NaN = never
 * @param billingDays      billing days per month assumed
 */
public record PlannerFigures(OptionalDouble breakEvenRaw, OptionalDouble breakEvenWithOps, double requestsPerDay,
                             double savings, double rawSavings, double paybackMonths, double billingDays) {

    public static PlannerFigures of(Scenario scenario) {
        CostModel model = CostModel.of(scenario);
        double v = scenario.workload().requestsPerDay();
        return new PlannerFigures(
                BreakEvenSolver.solve(model, BreakEvenKind.RAW).requestsPerDay(),
                BreakEvenSolver.solve(model, BreakEvenKind.WITH_OPS).requestsPerDay(),
                v,
                model.savings(v),
                model.apiOnly(v) - model.planRaw(v),
                model.paybackMonths(v),
                model.billingDaysPerMonth());
    }
}
