package org.llmcostplanner.model;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The result of a break-even solve.
 *
 * @param requestsPerDay     the first volume from which the plan is at least as cheap as the API,
 *                           empty when there is none in 0 … 1e9 ("never")
 * @param crossings          every swap in 0 … 1e9, in order, for the chart (capped at
 *                           {@link BreakEvenSolver#MAX_CROSSINGS})
 * @param crossingsTruncated true when more crossings exist than listed
 */
public record BreakEven(OptionalDouble requestsPerDay, List<Crossing> crossings, boolean crossingsTruncated) {

    public BreakEven {
        crossings = List.copyOf(crossings);
    }

    public static BreakEven never() {
        return new BreakEven(OptionalDouble.empty(), List.of(), false);
    }

    public boolean isNever() {
        return requestsPerDay.isEmpty();
    }
}
