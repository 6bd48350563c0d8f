package org.llmcostplanner.bench;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Resident set of the planner's main window in a fresh JVM with default heap settings: after start
 * (all charts drawn, then 1 s idle) and after 1,000 volume-slider changes, one per pulse, sweeping
 * end to end and back (then 1 s idle). No GC is forced: the figure is what the process holds.
 */
public final class MemoryMain {

    static final int CHANGES = 1000;

    private MemoryMain() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        RealWindow[] window = new RealWindow[1];
        Platform.runLater(() -> {
            try {
                window[0] = RealWindow.open();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (window[0] == null || !RedrawBenchmark.onFx(window[0]::allChartsDrawn)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("charts not drawn within 60 s");
            }
            Thread.sleep(20);
        }
        Thread.sleep(1000);
        double afterStart = ChildJvm.residentMb();

        javafx.scene.control.Slider slider = RedrawBenchmark.onFx(window[0]::volumeSlider);
        double min = slider.getMin();
        double max = slider.getMax();
        CountDownLatch done = new CountDownLatch(1);
        AnimationTimer drag = new AnimationTimer() {
            private int i;

            @Override
            public void handle(long now) {
                // A triangle sweep: min → max → min …, 250 steps per direction.
                int phase = i % 500;
                double t = phase < 250 ? phase / 250.0 : (500 - phase) / 250.0;
                slider.setValue(min + t * (max - min));
                if (++i == CHANGES) {
                    stop();
                    done.countDown();
                }
            }
        };
        Platform.runLater(drag::start);
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("drags did not finish");
        }
        Thread.sleep(1000);
        double afterDrags = ChildJvm.residentMb();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "llmcostplanner.rssMb=%.1f%nllmcostplanner.rssAfterDragsMb=%.1f%n"
                + "llmcostplanner.heapCommittedMb=%.1f%nllmcostplanner.heapUsedMb=%.1f%nllmcostplanner.redraws=%d%n",
                afterStart, afterDrags, rt.totalMemory() / 1048576.0, (rt.totalMemory() - rt.freeMemory()) / 1048576.0,
                RedrawBenchmark.onFx(window[0]::totalRedraws));
        System.out.flush();
        System.exit(0);
    }
}
