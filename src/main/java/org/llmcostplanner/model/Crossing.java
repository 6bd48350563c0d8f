package org.llmcostplanner.model;

/**
 * A volume where the plan and staying on the API swap places.
 *
 * @param requestsPerDay     where it happens
 * @param planBecomesCheaper true when the plan is at least as cheap from here on, false when it
 *                           becomes dearer again (e.g. one more GPU instance is needed)
 */
public record Crossing(double requestsPerDay, boolean planBecomesCheaper) {
}
