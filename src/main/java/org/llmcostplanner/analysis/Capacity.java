package org.llmcostplanner.analysis;

import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.Scenario;

/**
 * Capacity: memory (weights at the chosen precision plus KV-cache headroom, against one GPU's
 * memory) and throughput (busy GPU hours a day for the self-hosted volume, against 24 h at the
 * scenario's utilization), reusing the cost model's busy-hours and instance formulas.
 */
public final class Capacity {

    private static final double HOURS_PER_DAY = 24;

    private Capacity() {
    }

    public static CapacityResult assess(Scenario scenario, DeploymentSpec spec) {
        Integer gpus = null;
        if (spec.modelKnown() && spec.gpuMemoryKnown()) {
            gpus = (int) Math.max(1, Math.ceil(spec.requiredGb() / spec.gpuMemoryGb()));
        }
        CostModel m = CostModel.of(scenario);
        double selfHosted = m.selfHostShare() * scenario.workload().requestsPerDay();
        double busy = m.busyHoursPerDay(selfHosted);
        Long instances = null;
        Double load = null;
        if (scenario.selfHost().outputTokensPerSecond() > 0) {
            instances = m.flatInstances(selfHosted);
            load = busy / (HOURS_PER_DAY * instances);
        }
        return new CapacityResult(spec, spec.weightsGb(), spec.requiredGb(), gpus, busy, instances, load);
    }
}
