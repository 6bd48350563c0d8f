package org.llmcostplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class CapacityTest {

    private final Scenario seed = TestScenarios.seed();

    @Test
    void weightsFollowParametersTimesBytesPerParameter() {
        assertEquals(16, DeploymentSpec.of(null, 8, Precision.BF16, null, 0).weightsGb(), 1e-9);
        assertEquals(70.6, DeploymentSpec.of(null, 70.6, Precision.FP8, null, 0).weightsGb(), 1e-9);
        // INT4: half a byte plus 7 % for scales; the facts give ~45–50 GB for 88.8 B.
        double int4 = DeploymentSpec.of(null, 88.8, Precision.INT4, null, 0).weightsGb();
        assertEquals(88.8 * 0.535, int4, 1e-9);
        assertTrue(int4 > 45 && int4 < 50);
    }

    @Test
    void llama90bAtInt4FitsOneH100ButNeedsTwoL40sAndThreeRtx4000() {
        assertEquals(1, gpus(80));
        assertEquals(2, gpus(48));
        assertEquals(3, gpus(20));
    }

    private int gpus(double memoryGb) {
        return Capacity.assess(seed, DeploymentSpec.of("Llama 3.2 90B", 88.8, Precision.INT4, null, memoryGb)).gpusToHold();
    }

    @Test
    void unknownMemoryLeavesTheFitOpen() {
        CapacityResult r = Capacity.assess(seed, DeploymentSpec.of("Llama 3.2 90B", 88.8, Precision.INT4, null, 0));
        assertNull(r.gpusToHold());
        assertFalse(r.fitsOneGpu());
    }

    @Test
    void throughputGivesInstancesForTheVolume() {
        // 100,000 req/day × 100 tokens at 100 tok/s = 27.8 busy h/day; at 50 % utilization 12 h per instance → 3.
        Scenario s = seed.with(InputField.REQUESTS_PER_DAY, 100_000).with(InputField.OUTPUT_TOKENS_PER_SECOND, 100)
                .with(InputField.UTILIZATION, 0.5);
        CapacityResult r = Capacity.assess(s, DeploymentSpec.of(null, 70.6, Precision.FP8, null, 80));
        assertEquals(1e7 / 360_000, r.busyHoursPerDay(), 1e-9);
        assertEquals(3, r.instancesForVolume());
        assertEquals(2, r.gpusToHold());
        assertEquals(6, r.totalGpus());
        assertEquals(r.busyHoursPerDay() / 72, r.loadFactor(), 1e-12);
    }

    @Test
    void onlyTheSelfHostedShareLoadsTheGpus() {
        Scenario s = seed.with(InputField.REQUESTS_PER_DAY, 100_000).with(InputField.OUTPUT_TOKENS_PER_SECOND, 100)
                .with(InputField.SELF_HOST_SHARE, 0.25);
        assertEquals(25_000 * 100 / 360_000.0, Capacity.assess(s, DeploymentSpec.of(null, 8, Precision.BF16, null, 24))
                .busyHoursPerDay(), 1e-9);
    }

    @Test
    void specInferredFromLabelsUsesTheTable() {
        Scenario s = seed.withSelfHost(new org.llmcostplanner.model.SelfHost("Llama 3.2 90B Vision", "NVIDIA L40S 48GB",
                seed.selfHost().billing(), 20, 0, 0, 1, 0));
        DeploymentSpec spec = DeploymentSpec.inferFrom(s);
        assertEquals(88.8, spec.parametersBillions());
        assertEquals(48, spec.gpuMemoryGb());
        assertEquals(Precision.INT4, spec.precision());
    }
}
