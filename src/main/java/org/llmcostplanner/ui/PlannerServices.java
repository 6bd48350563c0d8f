package org.llmcostplanner.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What the window needs from outside: files, chart export, file choosers, dialogs and a thread
 * for I/O. Tests build their own, e.g. with a chooser that returns prepared paths.
 */
public record PlannerServices(ScenarioStore store, ChartExporter exporter, PathChooser chooser,
                              UserDialogs dialogs, Executor io) {

    /** The real services of the desktop app. */
    public static PlannerServices desktop() {
        return new PlannerServices(new FileScenarioStore(), ChartExporter.PNG, new FxPathChooser(), new FxDialogs(),
                ioThread());
    }

    public PlannerServices withChooser(PathChooser other) {
        return new PlannerServices(store, exporter, other, dialogs, io);
    }

    /** One daemon thread, so saves run in order and never keep the JVM alive. */
    public static ExecutorService ioThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "planner-io");
            t.setDaemon(true);
            return t;
        });
    }
}
