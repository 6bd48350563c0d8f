package org.llmcostplanner.ui.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;

/**
 * Redraws every dirty {@link LiveChartView} of one scene once per pulse, after layout and before
 * the scene is synchronised to the render thread, so the frame painted at the end of the pulse
 * already shows the new charts.
 *
 * <p>Why in the pulse and not on a background thread that hands images back later: pulses come at
 * a fixed 60 Hz cadence, so an image finished after the pulse waits for the next one and the change
 * is shown a whole frame (16.7 ms) later.
 *
 * <p>The pulse fans the drawing out: the FX thread and a helper thread take charts from one list
 * (largest first) and the pulse waits for the last; each chart draws into its own image, so nothing
 * is shared. During the pulse the render thread is idle (it paints after the pulse has synchronised
 * the scene), so on two cores the helper has a core to itself. Measured with bench/RedrawBenchmark
 * in the real window on the 2-core target (software rendering, 300 changes, back-to-back runs):
 * FX thread alone p95 19.8 and 20.1 ms, FX thread + 1 helper p95 17.1 and 17.6 ms (inputs other
 * than the volume, which redraw all three charts: 21.9 → 17.9 ms); drag 62.5 fps either way.
 * (In session 1, before the window's other per-step work was cut, the helper showed no gain.)
 * Property {@code llmcostplanner.chart.threads} sets the total number of drawing threads (1–3);
 * the default is 2 where there are at least two cores, else 1.
 */
final class PulseChartRenderer {

    private static final String KEY = PulseChartRenderer.class.getName();
    /** Helper threads besides the FX thread: {@code llmcostplanner.chart.threads} − 1 (see above). */
    static final int WORKERS = Math.max(0, Math.min(3, Integer.getInteger("llmcostplanner.chart.threads",
            Runtime.getRuntime().availableProcessors() >= 2 ? 2 : 1)) - 1);
    private static final ExecutorService POOL = WORKERS == 0 ? null : Executors.newFixedThreadPool(WORKERS, r -> {
        Thread t = new Thread(r, "chart-render");
        t.setDaemon(true);
        return t;
    });

    private final Scene scene;
    private final Set<LiveChartView> dirty = new LinkedHashSet<>();
    /** Held in a field for removal; the scene holds it strongly while registered. */
    private final Runnable pulseListener = this::onPulse;
    private int views;

    private PulseChartRenderer(Scene scene) {
        this.scene = scene;
    }

    static PulseChartRenderer attach(Scene scene) {
        PulseChartRenderer r = (PulseChartRenderer) scene.getProperties().get(KEY);
        if (r == null) {
            r = new PulseChartRenderer(scene);
            scene.getProperties().put(KEY, r);
            scene.addPostLayoutPulseListener(r.pulseListener);
        }
        r.views++;
        return r;
    }

    void detach(LiveChartView view) {
        dirty.remove(view);
        if (--views == 0) {
            scene.removePostLayoutPulseListener(pulseListener);
            scene.getProperties().remove(KEY);
        }
    }

    void markDirty(LiveChartView view) {
        dirty.add(view);
    }

    private void onPulse() {
        if (dirty.isEmpty()) {
            return;
        }
        List<LiveChartView.Frame> frames = new ArrayList<>();
        for (LiveChartView view : dirty) {
            LiveChartView.Frame f = view.prepareFrame();
            if (f != null) {
                frames.add(f);
            }
        }
        dirty.clear();
        if (frames.isEmpty()) {
            return;
        }
        frames.sort((a, b) -> Long.compare(b.expectedNanos(), a.expectedNanos()));
        LiveChartView.Frame.publishAll(frames, () -> drawAll(frames));
    }

    /** Draws every frame, spread over the FX thread and the helpers; returns when all are done. */
    private static void drawAll(List<LiveChartView.Frame> frames) {
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < frames.size(); i = next.getAndIncrement()) {
                frames.get(i).draw();
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        int helpersNeeded = Math.min(WORKERS, frames.size() - 1);
        for (int i = 0; i < helpersNeeded; i++) {
            helpers.add(POOL.submit(drain));
        }
        drain.run();
        for (Future<?> f : helpers) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                throw new IllegalStateException("chart drawing failed", e.getCause());
            }
        }
    }
}
