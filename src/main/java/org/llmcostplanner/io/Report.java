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
}
