package org.llmcostplanner.ui.analysis;

import org.llmcostplanner.ui.ManualPulseScheduler;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.FileScenarioStore;
import org.llmcostplanner.ui.PlannerViewModel;

/** A planner view-model on the window's own new scenario (the seed article), pulsed by hand. */
final class Planners {

    private Planners() {
    }

    static Scenario seed() {
        return new FileScenarioStore().newScenario();
    }

    /** As the window starts: File → New's document, the seed with its recorded ranges and deployment. */
    static PlannerViewModel planner(ManualPulseScheduler pulse) {
        PlannerViewModel p = new PlannerViewModel(seed(), pulse);
        p.load(new FileScenarioStore().newDocument(), null);
        pulse.flush();
        return p;
    }
}
