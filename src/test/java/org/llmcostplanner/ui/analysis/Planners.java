package org.llmcostplanner.ui.analysis;

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

    static PlannerViewModel planner(ManualScheduler pulse) {
        PlannerViewModel p = new PlannerViewModel(seed(), pulse);
        pulse.flush();
        return p;
    }
}
