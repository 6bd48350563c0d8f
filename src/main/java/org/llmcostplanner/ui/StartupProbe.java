package org.llmcostplanner.ui;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Reports the first frame of a window and ends the process, when asked to by a system property;
 * otherwise does nothing. Used by the start-up benchmark and by the AppCDS training run of the
 * packaged app, which both need a start that ends by itself once the window is on screen.
 *
 * <p>With {@code -Dllmcostplanner.exitAfterFirstFrame=true}, {@link #watch} waits for the first
 * pulse in which {@code ready} holds (e.g. every chart has drawn), then for the next frame the
 * render thread finishes painting, prints one line
 * {@code llmcostplanner.firstFrameMs=<ms since process start>} to standard output and exits with
 * status 0. "Process start" is {@code -Dllmcostplanner.launchedAtMillis} (epoch ms, for a caller
 * that timed the launch itself) or else the operating system's process start time.
 *
 * <p>The frame is seen through JavaFX's frame-rendered callback ({@code PerformanceTracker}),
 * reached reflectively because it is not public API: on the class path it is accessible; where it
 * is not (JavaFX on the module path without {@code --add-exports}), the report falls back to the
 * end of the ready pulse, which is earlier than the painted frame by the painting time.
 */
public final class StartupProbe {

    public static final String EXIT_PROPERTY = "llmcostplanner.exitAfterFirstFrame";
    public static final String LAUNCHED_AT_PROPERTY = "llmcostplanner.launchedAtMillis";
    public static final String REPORT_KEY = "llmcostplanner.firstFrameMs";
    /** Printed first: when the ready pulse ended (the rest, up to the first frame, is painting it). */
    public static final String READY_KEY = "llmcostplanner.readyPulseMs";

    private final Scene scene;
    private final BooleanSupplier ready;
    private final long launchedAtMillis;
    /** Held in fields: JavaFX keeps some of these callbacks weakly. */
    private final Runnable pulseListener = this::onPulse;
    private final Runnable frameRendered = this::onFrameRendered;
    private volatile boolean armed;
    private boolean tracking;
    private boolean reported;
    private long readyAtMillis;

    private StartupProbe(Scene scene, BooleanSupplier ready, long launchedAtMillis) {
        this.scene = scene;
        this.ready = ready;
        this.launchedAtMillis = launchedAtMillis;
    }

    /** True when the process was started to report its first frame and exit. */
    public static boolean enabled() {
        return Boolean.getBoolean(EXIT_PROPERTY);
    }

    /** As {@link #watch(Scene, BooleanSupplier)} with the first frame of the scene counting. */
    public static void watch(Scene scene) {
        watch(scene, () -> true);
    }

    /**
     * When {@link #enabled()}, reports the first frame of {@code scene} painted after a pulse in
     * which {@code ready} was true, then exits the process. Call on the FX thread, once the scene
     * is on its stage. Does nothing when not enabled.
     */
    public static void watch(Scene scene, BooleanSupplier ready) {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(ready, "ready");
        if (!enabled()) {
            return;
        }
        StartupProbe probe = new StartupProbe(scene, ready, launchedAtMillis());
        scene.getProperties().put(StartupProbe.class.getName(), probe);
        scene.addPostLayoutPulseListener(probe.pulseListener);
        probe.trackFrames();
        Platform.requestNextPulse();
    }

    private static long launchedAtMillis() {
        Long given = Long.getLong(LAUNCHED_AT_PROPERTY);
        if (given != null) {
            return given;
        }
        return ProcessHandle.current().info().startInstant().orElse(Instant.now()).toEpochMilli();
    }

    /** Hooks the frame-rendered callback; false (and the end-of-pulse fallback) when not reachable. */
    private boolean trackFrames() {
        try {
            Class<?> tracker = Class.forName("com.sun.javafx.perf.PerformanceTracker");
            Object t = tracker.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
            tracker.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(t, frameRendered);
            tracking = true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notReachable) {
            tracking = false;
        }
        return tracking;
    }

    private void onPulse() {
        if (reported || !ready.getAsBoolean()) {
            return;
        }
        scene.removePostLayoutPulseListener(pulseListener);
        readyAtMillis = System.currentTimeMillis();
        if (tracking) {
            armed = true; // this pulse's frame is the next one painted
            Platform.requestNextPulse();
        } else {
            report();
        }
    }

    private void onFrameRendered() {
        if (armed) {
            armed = false;
            report();
        }
    }

    private synchronized void report() {
        if (reported) {
            return;
        }
        reported = true;
        long elapsed = System.currentTimeMillis() - launchedAtMillis;
        PrintStream out = System.out;
        out.println(String.format(Locale.ROOT, "%s=%d", READY_KEY, readyAtMillis - launchedAtMillis));
        out.println(String.format(Locale.ROOT, "%s=%d", REPORT_KEY, elapsed));
        out.flush();
        // Not on the render or FX thread: exit runs shutdown hooks that may wait for them.
        Thread exit = new Thread(() -> System.exit(0), "startup-probe-exit");
        exit.setDaemon(false);
        exit.start();
    }
}
