package org.llmcostplanner.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;

/** The JavaFX toolkit for tests and benchmarks that need no TestFX robot: start it once, run work on it. */
public final class FxThread {

    private FxThread() {
    }

    /**
     * Starts the toolkit (or finds it running) and keeps it alive when the last window closes.
     * Through TestFX, as the window tests start it: when a test of this kind was the first in the
     * JVM to start the toolkit (Platform.startup), the robot clicks of the window tests that ran
     * after it in the same JVM missed their buttons (AnalysisViewsTest's goal seek, 2 failures).
     */
    public static void startToolkit() throws InterruptedException {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
        Platform.setImplicitExit(false);
    }

    /** Runs {@code task} on the FX thread and returns its result (its exception, if it throws). */
    public static <T> T onFx(Callable<T> task) throws Exception {
        FutureTask<T> f = new FutureTask<>(task);
        Platform.runLater(f);
        return f.get(30, TimeUnit.SECONDS);
    }
}
