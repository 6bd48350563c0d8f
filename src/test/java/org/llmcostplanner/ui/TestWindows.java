package org.llmcostplanner.ui;

import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.llmcostplanner.io.ScenarioDocument;
import org.llmcostplanner.model.Scenario;
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
        // The Advanced rows are built just after the first frame: tests start once they exist.
        window[0].fullyBuilt().get(30, java.util.concurrent.TimeUnit.SECONDS);
        return window[0];
    }

    /** Before each test: every window but the planner closed, the planner on {@code seed} as a new, unsaved scenario. */
    public static void resetTo(PlannerWindow window, Scenario seed) {
        resetTo(window, seed, () -> { });
    }

    /** As {@link #resetTo(PlannerWindow, Scenario)}, after {@code firstOnFx} (a test's own clean-up, on the FX thread). */
    public static void resetTo(PlannerWindow window, Scenario seed, Runnable firstOnFx) {
        reset(window, firstOnFx, () -> window.planner().load(seed, null));
    }

    /** As {@link #resetTo(PlannerWindow, Scenario)} with a whole document (File → New: with its ranges and deployment). */
    public static void resetTo(PlannerWindow window, ScenarioDocument seed) {
        reset(window, () -> { }, () -> window.planner().load(seed, null));
    }

    private static void reset(PlannerWindow window, Runnable firstOnFx, Runnable load) {
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            firstOnFx.run();
            List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof Stage && w != window.stage())
                    .map(Stage.class::cast).forEach(Stage::close);
            load.run();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
