package org.llmcostplanner.analysis;

/**
 * One curve under uncertainty: its value with the scenario's own inputs and the lowest and
 * highest value over the input ranges, at each volume.
 */
public record Band(Curve curve, double[] volumes, double[] point, double[] low, double[] high) {
}
