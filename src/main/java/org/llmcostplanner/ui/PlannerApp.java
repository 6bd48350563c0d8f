package org.llmcostplanner.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The planner as a JavaFX application; started through {@link PlannerLauncher} from the jar. */
public final class PlannerApp extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        PlannerWindow.show(stage, PlannerServices.desktop());
    }
}
