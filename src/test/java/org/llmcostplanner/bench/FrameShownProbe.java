package org.llmcostplanner.bench;

import java.lang.reflect.Method;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;

import com.sun.javafx.perf.PerformanceTracker;

/**
 * Tells when the frame holding a change has been painted, the way the facts file says it must be
 * measured: pulse listeners and animation timers run before painting, so "shown" is JavaFX's
 * frame-rendered callback on the render thread ({@link PerformanceTracker}). A frame from before
 * the change may still be painting when the change is made, so {@link #arm()} queues a
 * barrier on the render thread: only frames rendered after the barrier ran count, and those are
 * frames synchronised after the change.
 */
final class FrameShownProbe {

    private final Executor renderThread;
    /** Held in a field: JavaFX may keep callbacks weakly. */
    private final Runnable onFrameRendered = this::frameRendered;
    private volatile boolean barrierPassed;
    private volatile CountDownLatch shown = new CountDownLatch(0);
    private volatile long shownAt;

    FrameShownProbe(Scene scene) {
        this.renderThread = quantumRenderer();
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(onFrameRendered);
    }

    /** Call on the measuring thread before the change is made (while no frame is expected). */
    void expectFrame() {
        barrierPassed = false;
        shown = new CountDownLatch(1);
    }

    /** Call on the FX thread right where the change is made, before anything of it is painted. */
    void arm() {
        renderThread.execute(() -> barrierPassed = true);
    }

    /** Nanotime when the first frame after {@link #arm()} was rendered, or -1 on timeout. */
    long awaitShown(long timeoutMillis) throws InterruptedException {
        return shown.await(timeoutMillis, TimeUnit.MILLISECONDS) ? shownAt : -1;
    }

    private void frameRendered() {
        if (barrierPassed && shown.getCount() > 0) {
            shownAt = System.nanoTime();
            shown.countDown();
        }
    }

    /** The single render thread's executor (QuantumRenderer is a package-private ThreadPoolExecutor). */
    private static Executor quantumRenderer() {
        try {
            Class<?> c = Class.forName("com.sun.javafx.tk.quantum.QuantumRenderer");
            Method m = c.getDeclaredMethod("getInstance");
            m.setAccessible(true);
            return (Executor) m.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach the JavaFX render thread for the barrier", e);
        }
    }
}
