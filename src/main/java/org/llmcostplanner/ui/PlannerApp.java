package org.llmcostplanner.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The planner as a JavaFX application; started through {@link PlannerLauncher} from the jar. */
public final class PlannerApp extends Application {

    private PlannerWindow window;

    @Override
    public void start(Stage stage) throws Exception {
        window = PlannerWindow.show(stage, PlannerServices.desktop());
        // A file given on the command line (a double-clicked .llmcp file): open it like File → Open.
        List<String> files = getParameters().getRaw();
        if (files.size() == 1) {
            window.actions().openFile(Path.of(files.get(0)));
        }
    }

    /** Quitting (Ctrl+Q, File → Quit, closing the window): remember how the window was left. */
    @Override
    public void stop() {
        if (window != null) {
            window.look().save();
        }
    }
}
