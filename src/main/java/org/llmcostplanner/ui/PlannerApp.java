package org.llmcostplanner.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The planner as a JavaFX application; started through {@link PlannerLauncher} from the jar. */
public final class PlannerApp extends Application {

    private PlannerWindow window;

    @Override
    public void start(Stage stage) throws Exception {
        window = PlannerWindow.show(stage, PlannerServices.desktop());
    }

    /** Quitting (Ctrl+Q, File → Quit, closing the window): remember how the window was left. */
    @Override
    public void stop() {
        if (window != null) {
            window.look().save();
        }
    }
}
