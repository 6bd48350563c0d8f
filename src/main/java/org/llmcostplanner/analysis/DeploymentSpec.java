package org.llmcostplanner.analysis;

/**
 * What the capacity check needs beyond the v1 scenario: the served model's size and the GPU's
 * memory. Kept apart from the v1 records so that a later scenario-file version can add it as one
 * optional section.
 *
 * @param modelName             free-text model label (may be null)
 * @param parametersBillions    model parameters in billions (e.g. 88.8); 0 = unknown
 * @param precision             weight precision
 * @param gpuName               free-text GPU label (may be null)
 * @param gpuMemoryGb           memory of one GPU in GB; 0 = unknown
 * @param kvCacheHeadroomShare  memory on top of the weights for KV cache and runtime, as a share of
 *                              the weights (default {@link #DEFAULT_KV_CACHE_HEADROOM_SHARE})
 */
public record DeploymentSpec(String modelName, double parametersBillions, Precision precision,
                             String gpuName, double gpuMemoryGb, double kvCacheHeadroomShare) {

    /**
     * 20 % over the weights: e.g. 8k-token sequences of an 80-layer model take ≈ 2.5 GiB each, so a
     * few concurrent ones on a ~50 GB INT4 90B model; with it 2 × L40S 48 GB hold Llama 3.2 90B at INT4
     * and 1 × H100 80 GB does, as observed (facts file).
     */
    public static final double DEFAULT_KV_CACHE_HEADROOM_SHARE = 0.2;

    public DeploymentSpec {
        if (precision == null) {
            precision = Precision.INT4;
        }
        check("parametersBillions", parametersBillions);
        check("gpuMemoryGb", gpuMemoryGb);
        check("kvCacheHeadroomShare", kvCacheHeadroomShare);
    }

    private static void check(String name, double v) {
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException("deployment." + name + ": must be a finite number ≥ 0, was " + v);
        }
    }

    /**
     * What the scenario's free-text labels tell: the open model's size from the self-hosted model
     * label and the GPU's memory from the GPU label, via {@link KnowledgeTable}; 0 where unknown.
     * The precision is INT4, the smallest, so a "cannot hold" warning holds at every precision.
     */
    public static DeploymentSpec inferFrom(org.llmcostplanner.model.Scenario scenario) {
        String model = scenario.selfHost().model();
        String gpu = scenario.selfHost().gpu();
        double params = KnowledgeTable.findModel(model).map(KnowledgeTable.OpenModel::parametersBillions).orElse(0.0);
        double memory = KnowledgeTable.findGpu(gpu).stream().findFirst()
                .map(KnowledgeTable.GpuOffer::memoryGb).orElse(0.0);
        return of(model, params, Precision.INT4, gpu, memory);
    }

    public static DeploymentSpec of(String modelName, double parametersBillions, Precision precision,
                                    String gpuName, double gpuMemoryGb) {
        return new DeploymentSpec(modelName, parametersBillions, precision, gpuName, gpuMemoryGb,
                DEFAULT_KV_CACHE_HEADROOM_SHARE);
    }

    /** Weights in GB (10^9 bytes): parameters × bytes per parameter. */
    public double weightsGb() {
        return parametersBillions * precision.bytesPerParameter();
    }

    /** Weights plus KV-cache headroom, in GB. */
    public double requiredGb() {
        return weightsGb() * (1 + kvCacheHeadroomShare);
    }

    public boolean modelKnown() {
        return parametersBillions > 0;
    }

    public boolean gpuMemoryKnown() {
        return gpuMemoryGb > 0;
    }
}
