package org.llmcostplanner.ui.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import org.llmcostplanner.io.ScenarioDocument;
import org.llmcostplanner.ui.PlannerViewModel;

/**
 * Writes unsaved work to this session's recovery file a little while after the last change, on
 * a thread of its own (never the FX thread), and removes the file as soon as nothing is unsaved
 * (saved, undone back to the file, discarded) or the app quits cleanly. Writes and removals run
 * in order on one thread, so a late write can never bring back a file that was just removed.
 */
public final class Autosaver {

    private final PlannerViewModel planner;
    private final RecoveryStore store;
    private final PauseTransition quiet;
    private final ExecutorService disk = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "planner-autosave");
        t.setDaemon(true);
        return t;
    });
    private boolean closed;

    public Autosaver(PlannerViewModel planner, RecoveryStore store, Duration delay) {
        this.planner = planner;
        this.store = store;
        this.quiet = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        quiet.setOnFinished(e -> writeNow());
        // Everything a save writes counts: the inputs, and the currency, ranges and deployment.
        ChangeListener<Object> changed = (obs, old, now) -> {
            if (!closed) {
                quiet.playFromStart();
            }
        };
        planner.scenarioProperty().addListener(changed);
        planner.presentationProperty().addListener(changed);
        planner.rangesProperty().addListener(changed);
        planner.deploymentProperty().addListener(changed);
        planner.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                quiet.stop();
                submit(store::delete);
            }
        });
    }

    /** Writes the unsaved work now (or removes the file when there is none); completes when done. */
    public Future<?> writeNow() {
        if (closed) {
            return submit(() -> { });
        }
        if (!planner.dirtyProperty().get()) {
            return submit(store::delete);
        }
        ScenarioDocument snapshot = planner.document();
        Path origin = planner.fileProperty().get();
        return submit(() -> store.write(snapshot, origin));
    }

    /** A clean exit: stop writing and remove the recovery file before the JVM goes. */
    public void cleanExit() {
        closed = true;
        quiet.stop();
        try {
            submit(store::delete).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("Could not remove the recovery file " + store.file() + ": " + e);
        }
        disk.shutdown();
    }

    private interface DiskTask {
        void run() throws IOException;
    }

    private Future<?> submit(DiskTask task) {
        if (disk.isShutdown()) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        return disk.submit(() -> {
            try {
                task.run();
            } catch (IOException | RuntimeException e) {
                // Autosave is a safety net: a failure must not disturb the user's work on screen.
                System.err.println("Autosave: " + e);
            }
        });
    }
}
