package org.llmcostplanner.analysis;

import java.util.List;
import java.util.Map;

/**
 * Bands and ranges from {@link Uncertainty#analyse}.
 *
 * @param ranges         the input ranges used
 * @param bands          one band per curve
 * @param breakEvenPoint with-ops break-even with the scenario's inputs, req/day; null = never
 * @param breakEvenLow   the lowest with-ops break-even over the ranges; null = never for every combination
 * @param breakEvenHigh  the highest; null = never for at least one combination (the range is open-ended)
 * @param oneTimeLow     lowest one-time cost (setup + code + ramp) in USD
 * @param oneTimeHigh    highest one-time cost
 * @param paybackLow     shortest payback in months at the scenario's volume; null = none for every combination
 * @param paybackHigh    longest payback; null = none for at least one combination
 * @param exact          true when every ranged input moves the figures monotonically, so the bounds are
 *                       exact; false when a non-monotone input (routing share, amortization or throughput from 0,
 *                       output tokens or volume with throughput modelled) was ranged and bounds come from sampling
 */
public record UncertaintyResult(List<InputRange> ranges, Map<Curve, Band> bands,
                                Double breakEvenPoint, Double breakEvenLow, Double breakEvenHigh,
                                double oneTimeLow, double oneTimeHigh, Double paybackLow, Double paybackHigh,
                                boolean exact) {

    public UncertaintyResult {
        ranges = List.copyOf(ranges);
        bands = Map.copyOf(bands);
    }

    public Band band(Curve curve) {
        return bands.get(curve);
    }
}
