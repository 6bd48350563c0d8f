package org.llmcostplanner.analysis;

import java.util.OptionalDouble;
import org.llmcostplanner.model.InputField;

/**
 * The answer of a goal seek.
 *
 * @param input    the input solved for
 * @param target   what was aimed at
 * @param value    the input value meeting the target, empty when none in the searched range
 * @param achieved the target figure at {@code value} (NaN when no value was found)
 * @param method   how the value was found
 * @param message  one line for the user: the result, or why there is none (names the range searched)
 */
public record GoalSeekResult(InputField input, GoalTarget target, OptionalDouble value, double achieved,
                             Method method, String message) {

    /** How a goal seek reached its answer. */
    public enum Method {
        /** The figure is linear in the input over the whole range: solved by one division. */
        LINEAR,
        /** A sign change was found on a scan of the range and narrowed by bisection. */
        BRACKETED,
        /** No value in the searched range meets the target. */
        NONE
    }

    public boolean found() {
        return value.isPresent();
    }
}
