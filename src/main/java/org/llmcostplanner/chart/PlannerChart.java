package org.llmcostplanner.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

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

    /**
     * Shows low/high ranges of some inputs as translucent bands around the chart's curves (empty:
     * none). Charts without curves to band ignore it; takes effect at the next {@link #update}.
     */
    default void setUncertainty(java.util.List<org.llmcostplanner.analysis.InputRange> ranges) {
    }

    /**
     * Pins a baseline scenario to draw alongside the current one (null = none), shown from the
     * next {@link #update}; charts without a baseline view ignore it.
     */
    default void setBaseline(Scenario baseline) {
    }

    /**
     * Writes money in {@code money}'s currency and numbers in its locale from the next
     * {@link #update} on (charts start in {@link ChartMoney#USD}); the data stays in USD.
     */
    default void setMoney(ChartMoney money) {
    }

    /*
     * Layers, for live redraws. A chart may keep what changes with every move of the volume slider
     * (the current-volume marker) in an overlay, so a live view can draw the rest once, keep its
     * pixels, and on a volume-only change copy them back and draw just the overlay. Exports draw
     * everything in one go and never call these.
     */

    /** True when the last {@link #update} changed nothing but the overlay. */
    default boolean onlyOverlayChanged() {
        return false;
    }

    /** Whether this chart has an overlay at all. */
    default boolean hasOverlay() {
        return false;
    }

    /** Shows or hides the overlay in {@link JFreeChart#draw}; hidden to draw the base layer. */
    default void setOverlayVisible(boolean visible) {
    }

    /** Draws the overlay alone over a base layer drawn with {@code dataArea} as the plot's data area. */
    default void drawOverlay(Graphics2D g2, Rectangle2D dataArea) {
    }
}
