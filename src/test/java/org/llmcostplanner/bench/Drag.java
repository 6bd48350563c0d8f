package org.llmcostplanner.bench;

import java.lang.ref.Reference;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import com.sun.javafx.perf.PerformanceTracker;

/**
 * A continuous drag: for {@link #SECONDS} s, at the start of every pulse, the dragged value moves
 * to where a steady hand would be by then (end to end over the whole time); frames the render
 * thread finished for the scene meanwhile are counted through {@link PerformanceTracker}. 60 Hz
 * is the ceiling: JavaFX pulses at most 60 times a second.
 */
final class Drag {

    static final double SECONDS = 5;
    /** Drag positions are quantised to this many steps so baselines can precompute per-volume axes. */
    static final int STEPS = 600;

    private Drag() {
    }

    /** The volume at drag position {@code t} ∈ [0, 1]: 10 … 10,000,000 requests/day, log scale. */
    static double volumeAt(double t) {
        double q = Math.rint(Math.max(0, Math.min(1, t)) * STEPS) / STEPS;
        return Math.rint(Math.pow(10, 1 + 6 * q));
    }

    /** Drags ({@code step} gets the position 0 … 1, on the FX thread); returns frames shown per second. */
    static double framesPerSecond(Scene scene, DoubleConsumer step) throws Exception {
        AtomicInteger frames = new AtomicInteger();
        AtomicBoolean counting = new AtomicBoolean();
        long[] span = new long[2];
        Runnable onFrame = () -> {
            if (counting.get()) {
                frames.incrementAndGet();
            }
        };
        CountDownLatch done = new CountDownLatch(1);
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (span[0] == 0) {
                    span[0] = t;
                    counting.set(true);
                }
                double position = (t - span[0]) / (SECONDS * 1e9);
                step.accept(Math.min(1, position));
                if (position >= 1) {
                    stop();
                    span[1] = System.nanoTime();
                    counting.set(false);
                    done.countDown();
                }
            }
        };
        RedrawBenchmark.onFx(() -> {
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(onFrame);
            timer.start();
            return null;
        });
        try {
            if (!done.await((long) (SECONDS * 4), TimeUnit.SECONDS)) {
                throw new IllegalStateException("drag did not finish");
            }
            return frames.get() / ((span[1] - span[0]) / 1e9);
        } finally {
            Platform.runLater(timer::stop);
            Reference.reachabilityFence(onFrame);
        }
    }
}
