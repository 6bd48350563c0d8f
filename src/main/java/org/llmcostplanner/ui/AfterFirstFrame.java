package org.llmcostplanner.ui;

import java.util.List;
import javafx.animation.AnimationTimer;
import org.llmcostplanner.ui.chart.LiveChartView;

/**
 * Runs a task on the FX thread once the window's first frame with every chart drawn is out (150 ms
 * after the charts drew; or after about a second of pulses, should a chart never draw, e.g. at
 * zero size): work the first frame does not show waits until the user already sees the window.
 */
final class AfterFirstFrame {

    /** Pulses after which the task runs even if some chart has not drawn. */
    private static final int MAX_PULSES = 60;
    /**
     * How long after the charts drew: enough for the render thread to paint that frame and for
     * the frame-rendered notifications to be handled before a long task occupies the FX thread.
     */
    private static final long SETTLE_NANOS = 150_000_000L;

    private AfterFirstFrame() {
    }

    static void run(List<LiveChartView> charts, Runnable task) {
        new AnimationTimer() {
            private int pulses;
            private long drawnAt = -1;

            @Override
            public void handle(long now) {
                pulses++;
                if (drawnAt < 0 && charts.stream().allMatch(c -> c.redrawCount() > 0)) {
                    drawnAt = now;
                }
                boolean settled = drawnAt >= 0 && now - drawnAt >= SETTLE_NANOS;
                if (settled || pulses >= MAX_PULSES) {
                    stop();
                    task.run();
                }
            }
        }.start();
    }
}
