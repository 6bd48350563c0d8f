package org.llmcostplanner.chart;

import org.jfree.chart.JFreeChart;
import org.llmcostplanner.model.Scenario;

/**
 * One chart kept alive across changes: {@link #update(Scenario)} rewrites its datasets in place in
 * one batch (notifications off, one event at the end), so a live view never rebuilds axes,
 * renderers or legends while a slider is dragged.
 */
public interface PlannerChart {

    JFreeChart chart();

    /** Shows {@code scenario}; the current volume is its {@code workload().requestsPerDay()}. */
    void update(Scenario scenario);
}
