package org.llmcostplanner.analysis;

/**
 * Whether the self-hosted model fits and how much hardware the volume takes.
 *
 * @param spec               what was checked
 * @param weightsGb          model weights, GB (0 when the model size is unknown)
 * @param requiredGb         weights plus KV-cache headroom, GB
 * @param gpusToHold         GPUs of the given memory needed to hold requiredGb; null when memory or size is unknown
 * @param busyHoursPerDay    GPU hours a day of useful work for the self-hosted share; 0 when throughput is not set
 * @param instancesForVolume instances (each holding one copy of the model) needed for the volume at the
 *                           given utilization; null when throughput is not set
 * @param loadFactor         busy hours ÷ (24 h × instances): how busy the instances are; null when unknown
 */
public record CapacityResult(DeploymentSpec spec, double weightsGb, double requiredGb, Integer gpusToHold,
                             double busyHoursPerDay, Long instancesForVolume, Double loadFactor) {

    /** True when one GPU holds the model; false when it does not or when that is unknown. */
    public boolean fitsOneGpu() {
        return gpusToHold != null && gpusToHold == 1;
    }

    /** GPUs in total: instances × GPUs per instance; null when either is unknown. */
    public Long totalGpus() {
        return gpusToHold == null || instancesForVolume == null ? null : instancesForVolume * gpusToHold;
    }
}
