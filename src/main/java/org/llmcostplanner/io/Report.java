package org.llmcostplanner.io;

import org.llmcostplanner.analysis.DeploymentSpec;
import org.llmcostplanner.analysis.Plausibility;
import org.llmcostplanner.model.BreakEvenKind;
import org.llmcostplanner.model.BreakEvenSolver;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.MonthlyCosts;
import org.llmcostplanner.model.Scenario;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The figures of the spec's CLI report for one scenario at its volume, every one taken from
 * {@link CostModel} and {@link BreakEvenSolver}. Empty optionals are "none" (null in JSON).
 * {@code warnings} are {@link Plausibility}'s plain-text warnings (an addition to the spec's report).
 */
public record Report(String name, double requestsPerDay, double apiCostPerRequest, MonthlyCosts monthly,
                     OptionalLong gpuInstances, double oneTimeCost, OptionalDouble paybackMonths,
                     OptionalDouble rawBreakEven, OptionalDouble withOpsBreakEven, List<String> warnings) {

    public Report {
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }

    /** The report figures without warnings (the spec's v1 report). */
    public Report(String name, double requestsPerDay, double apiCostPerRequest, MonthlyCosts monthly,
                  OptionalLong gpuInstances, double oneTimeCost, OptionalDouble paybackMonths,
                  OptionalDouble rawBreakEven, OptionalDouble withOpsBreakEven) {
        this(name, requestsPerDay, apiCostPerRequest, monthly, gpuInstances, oneTimeCost, paybackMonths,
                rawBreakEven, withOpsBreakEven, List.of());
    }

    /**
     * The report of a document at its scenario's requestsPerDay; warnings use the document's
     * recorded deployment, else the one its labels imply.
     */
    public static Report of(ScenarioDocument document) {
        return of(document.scenario(), document.deploymentOrInferred());
    }

    /** The report at the scenario's own requestsPerDay; warnings use the deployment its labels imply. */
    public static Report of(Scenario scenario) {
        return of(scenario, DeploymentSpec.inferFrom(scenario));
    }

    private static Report of(Scenario scenario, DeploymentSpec deployment) {
        CostModel model = CostModel.of(scenario);
        double v = scenario.workload().requestsPerDay();
        long instances = model.gpuInstances(v);
        double payback = model.paybackMonths(v);
        return new Report(scenario.name(), v, model.apiCostPerRequest(), model.monthly(v),
                instances < 0 ? OptionalLong.empty() : OptionalLong.of(instances),
                model.oneTimeCost(),
                Double.isNaN(payback) ? OptionalDouble.empty() : OptionalDouble.of(payback),
                BreakEvenSolver.solve(model, BreakEvenKind.RAW).requestsPerDay(),
                BreakEvenSolver.solve(model, BreakEvenKind.WITH_OPS).requestsPerDay(),
                Plausibility.warnings(scenario, deployment));
    }

    /**
     * The report key of the first figure that is not a finite number, e.g. "monthly.apiOnly", or
     * null when every figure is finite. Every input is finite, but prices up to 1.8e308 times
     * volumes and tokens can overflow; such a report must be refused, never printed as NaN or
     * Infinity (which are not JSON numbers).
     */
    public String firstNonFiniteFigure() {
        MonthlyCosts m = monthly;
        double[] values = {requestsPerDay, apiCostPerRequest, m.apiOnly(), m.planApi(), m.gpu(), m.ops(),
                m.migration(), m.plan(), m.savings(), oneTimeCost,
                paybackMonths.orElse(0), rawBreakEven.orElse(0), withOpsBreakEven.orElse(0)};
        String[] keys = {"requestsPerDay", "apiCostPerRequest", "monthly.apiOnly", "monthly.planApi", "monthly.gpu",
                "monthly.ops", "monthly.migration", "monthly.plan", "monthly.savings", "oneTimeCost",
                "paybackMonths", "breakEven.rawRequestsPerDay", "breakEven.withOpsRequestsPerDay"};
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                return keys[i];
            }
        }
        return null;
    }
}
