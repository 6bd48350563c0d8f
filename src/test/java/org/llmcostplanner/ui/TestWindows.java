package org.llmcostplanner.ui;

import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real planner window on TestFX's primary stage once per test class (shared by the window tests). */
public final class TestWindows {

    /** What builds the window on the stage, e.g. {@code stage -> PlannerWindow.show(stage, services)}. */
    @FunctionalInterface
    public interface Opener {
        PlannerWindow open(Stage stage) throws Exception;
    }

    private TestWindows() {
    }

    public static PlannerWindow open(Opener opener) throws Exception {
        FxToolkit.registerPrimaryStage();
        PlannerWindow[] window = new PlannerWindow[1];
        FxToolkit.setupStage(stage -> {
            try {
                window[0] = opener.open(stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }
}
