package org.llmcostplanner.ui.hardening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.ChartExporter;
import org.llmcostplanner.ui.FileScenarioStore;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerWindow;
import org.llmcostplanner.ui.ScenarioStore;
import org.llmcostplanner.ui.workflow.WorkflowSettings;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real planner window, started once per test class on the headless toolkit with a scripted
 * chooser and dialogs, plus what every hardening test needs around it: running code on the FX
 * thread, firing menu items, waiting for the headline to settle, and recording every exception
 * that escapes on the FX thread (which the toolkit would otherwise only print).
 */
final class WindowUnderTest {

    private static final long TIMEOUT_MS = 20_000;

    final ScriptedChooser chooser = new ScriptedChooser();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Throwable> fxFailures = Collections.synchronizedList(new ArrayList<>());
    private PlannerWindow window;

    static WindowUnderTest start() throws Exception {
        return start(new FileScenarioStore());
    }

    static WindowUnderTest start(ScenarioStore store) throws Exception {
        return start(store, WorkflowSettings.fromSystem());
    }

    /** With the workflow's settings chosen by the test (e.g. autosave on, into a data directory of its own). */
    static WindowUnderTest start(ScenarioStore store, WorkflowSettings settings) throws Exception {
        WindowUnderTest w = new WindowUnderTest();
        FxToolkit.registerPrimaryStage();
        PlannerServices services = new PlannerServices(store, ChartExporter.PNG, w.chooser, w.dialogs,
                PlannerServices.ioThread());
        FxToolkit.setupStage(stage -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> w.fxFailures.add(e));
            try {
                w.window = PlannerWindow.show(stage, services, settings);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        w.window.fullyBuilt().get(30, java.util.concurrent.TimeUnit.SECONDS); // the Advanced rows, built after the first frame
        w.awaitSettled();
        return w;
    }

    static void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    PlannerWindow window() {
        return window;
    }

    /** Runs on the FX thread and returns its result; a failure there fails the caller. */
    static <T> T fx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(TIMEOUT_MS, work);
    }

    static void fx(Runnable work) {
        fx(() -> {
            work.run();
            return null;
        });
    }

    /** Exceptions that escaped on the FX thread since the last call (and forgets them). */
    List<Throwable> takeFxFailures() {
        synchronized (fxFailures) {
            List<Throwable> copy = List.copyOf(fxFailures);
            fxFailures.clear();
            return copy;
        }
    }

    /** Fires a menu item by id (e.g. "openMenuItem", "undoMenuItem"), as choosing it from the menu does. */
    void fireMenu(String id) {
        fx(() -> menuItem(id).fire());
    }

    /** On the FX thread: a menu bar item by id, in any menu. */
    MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) window.stage().getScene().lookup("#menuBar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    /** Shows a scenario as opened from {@code source} (null = new) and waits until the screen shows it. */
    void load(Scenario s, java.nio.file.Path source) {
        fx(() -> window.planner().load(s, source));
        awaitSettled();
    }

    /**
     * Waits until the headline shows the model's figures for the view-model's current scenario
     * (the figures are recomputed once per pulse), failing with the difference when it never does.
     */
    void awaitSettled() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        while (true) {
            Headline.Check check = fx(() -> Headline.check(window));
            if (check.matches()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the headline never showed the model's figures: " + check);
            }
            sleep(2);
        }
    }

    /** The error dialog on screen, waiting for it to appear. */
    DialogPane awaitErrorDialog() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        while (true) {
            DialogPane pane = fx(WindowUnderTest::errorDialog);
            if (pane != null) {
                return pane;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no error dialog appeared");
            }
            sleep(5);
        }
    }

    static DialogPane errorDialog() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                    && "errorDialog".equals(pane.getId())) {
                return pane;
            }
        }
        return null;
    }

    /** Presses OK on the error dialog, as the user dismisses it. */
    static void closeErrorDialog(DialogPane pane) {
        fx(() -> ((javafx.scene.control.Button) pane.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes every window but the planner (left-over dialogs of a failed test). */
    void closeOtherWindows() {
        fx(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage && w != window.stage()).map(Stage.class::cast)
                .forEach(Stage::close));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
