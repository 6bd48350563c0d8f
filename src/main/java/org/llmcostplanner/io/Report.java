package org.llmcostplanner.io;

import org.llmcostplanner.model.BreakEvenKind;
import org.llmcostplanner.model.BreakEvenSolver;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.MonthlyCosts;
import org.llmcostplanner.model.Scenario;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The figures of the spec's CLI report for one scenario at its volume, every one taken from
 * {@link CostModel} and {@link BreakEvenSolver}. Empty optionals are "none" (null in JSON).
 */
public record Report(String name, double requestsPerDay, double apiCostPerRequest, MonthlyCosts monthly,
                     OptionalLong gpuInstances, double oneTimeCost, OptionalDouble paybackMonths,
                     OptionalDouble rawBreakEven, OptionalDouble withOpsBreakEven) {

    /** The report at the scenario's own requestsPerDay. */
    public static Report of(Scenario scenario) {
        CostModel model = CostModel.of(scenario);
        double v = scenario.workload().requestsPerDay();
        long instances = model.gpuInstances(v);
        double payback = model.paybackMonths(v);
        return new Report(scenario.name(), v, model.apiCostPerRequest(), model.monthly(v),
                instances < 0 ? OptionalLong.empty() : OptionalLong.of(instances),
                model.oneTimeCost(),
                Double.isNaN(payback) ? OptionalDouble.empty() : OptionalDouble.of(payback),
                BreakEvenSolver.solve(model, BreakEvenKind.RAW).requestsPerDay(),
                BreakEvenSolver.solve(model, BreakEvenKind.WITH_OPS).requestsPerDay());
    }
}
