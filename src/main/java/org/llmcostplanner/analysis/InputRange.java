package org.llmcostplanner.analysis;

import org.llmcostplanner.model.InputField;

/**
 * A low/high range for one input, e.g. maintenance 2–4 h/month. Plain values, so a scenario file
 * can store a list of them later without this package changing.
 */
public record InputRange(InputField input, double low, double high) {

    public InputRange {
        if (input == null) {
            throw new IllegalArgumentException("a range needs an input");
        }
        String lowProblem = input.check(low);
        if (lowProblem != null) {
            throw new IllegalArgumentException(input.path() + " low: " + lowProblem);
        }
        String highProblem = input.check(high);
        if (highProblem != null) {
            throw new IllegalArgumentException(input.path() + " high: " + highProblem);
        }
        if (low > high) {
            throw new IllegalArgumentException(input.path() + ": low " + low + " is above high " + high);
        }
    }

    public boolean isPoint() {
        return low == high;
    }
}
