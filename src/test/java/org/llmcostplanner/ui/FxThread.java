package org.llmcostplanner.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** The JavaFX toolkit for tests and benchmarks that need no TestFX robot: start it once, run work on it. */
public final class FxThread {

    private FxThread() {
    }

    /** Starts the toolkit (or finds it running) and keeps it alive when the last window closes. */
    public static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start");
        }
    }

    /** Runs {@code task} on the FX thread and returns its result (its exception, if it throws). */
    public static <T> T onFx(Callable<T> task) throws Exception {
        FutureTask<T> f = new FutureTask<>(task);
        Platform.runLater(f);
        return f.get(30, TimeUnit.SECONDS);
    }
}
