package org.llmcostplanner.ui;

/**
 * Runs work once at the next pulse, however often it was asked for before then. View-models use
 * it so that many property changes in one pulse cost one recompute; tests inject a scheduler they
 * flush by hand, so view-models are tested without the JavaFX toolkit.
 */
public interface PulseScheduler {

    /** Runs {@code task} once at the next pulse; asking again before then changes nothing. */
    void runOncePerPulse(Runnable task);
}
