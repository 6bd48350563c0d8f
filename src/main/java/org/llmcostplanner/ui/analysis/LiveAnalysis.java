package org.llmcostplanner.ui.analysis;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.PulseScheduler;

/**
 * A view-model that follows the planner's scenario: any number of changes within one pulse lead to
 * one {@link #recompute}, at the pulse. While {@link #activeProperty() inactive} (its tab is not
 * shown) it does no work, and catches up once when shown again, so hidden views never slow down a
 * slider on the Planner tab.
 */
abstract class LiveAnalysis {

    protected final PlannerViewModel planner;
    private final PulseScheduler scheduler;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final Runnable task = this::runNow;
    private boolean stale = true;
    private long recomputeCount;

    LiveAnalysis(PlannerViewModel planner, PulseScheduler scheduler) {
        this.planner = planner;
        this.scheduler = scheduler;
    }

    /** Starts following the scenario; call at the end of the subclass's constructor. */
    protected final void start() {
        planner.scenarioProperty().addListener((obs, old, now) -> requestRecompute());
        // Money in the texts is written in the display currency: a new one rewrites them.
        planner.presentationProperty().addListener((obs, old, now) -> requestRecompute());
        active.addListener((obs, was, now) -> {
            if (now && stale) {
                scheduler.runOncePerPulse(task);
            }
        });
        requestRecompute();
    }

    /** Whether the view is shown; inactive view-models skip their recomputes until shown. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** How many recomputes ran: for tests of the once-per-pulse rule. */
    public long recomputeCount() {
        return recomputeCount;
    }

    /** Asks for a recompute at the next pulse (settings changed); coalesced with the scenario's. */
    protected final void requestRecompute() {
        stale = true;
        if (active.get()) {
            scheduler.runOncePerPulse(task);
        }
    }

    private void runNow() {
        if (!active.get()) {
            return;
        }
        stale = false;
        recomputeCount++;
        recompute(planner.scenario());
    }

    /** Recomputes the view's figures for {@code scenario}; on the FX thread, at most once a pulse. */
    protected abstract void recompute(Scenario scenario);
}
