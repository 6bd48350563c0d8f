package org.llmcostplanner.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * Work per input change in the real planner window, counted so that the figures do not depend on
 * how loaded this shared machine is (wall-clock times do): per change, over every pulse the change
 * causes, how many nodes needed CSS and how many parents needed layout, FX-thread CPU time spent in
 * CSS + layout, FX-thread and render-thread CPU time in total, bytes the FX thread allocated, and
 * how many pulses did work. The same script as {@link RedrawBenchmark} (volume alternating with
 * another input), one change per pulse made in an {@link AnimationTimer}, then a quiet 80 ms so
 * every follow-up pulse (e.g. the headline's) is counted with its change.
 *
 * <p>Run: {@code mvn -B -o test -Pbench -Dtest=WindowWorkProbe}; {@code -Dbench.changes=N}.
 * Printed, never asserted.
 */
@Tag("bench")
class WindowWorkProbe {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 60);
    private static final int CHANGES = Integer.getInteger("bench.changes", 200);

    private static final Field CSS_FLAG = field(Node.class, "cssFlag");
    private static final Field LAYOUT_FLAG = field(Parent.class, "layoutFlag");
    private static final java.lang.reflect.Method CSS_PASS = method(Scene.class, "doCSSPass");
    private static final java.lang.reflect.Method LAYOUT_PASS = method(Scene.class, "doLayoutPass");

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    // Accumulated on the FX thread by the pre-layout listener, read between changes.
    private long cssNodes;
    private long layoutParents;
    private long cssLayoutCpuNanos;
    private long workPulses;
    private long layoutCpuNanos;
    private long chartCpuNanos;
    /** The probe's own tree walks, taken off the FX thread's total. */
    private long probeCpuNanos;
    private long postLayoutStart = -1;
    private final Map<String, Integer> cssDirtyKinds = new TreeMap<>();
    private final Map<String, Integer> layoutDirtyKinds = new TreeMap<>();
    private boolean recordKinds;
    /** Which pulse of the current change (0 = the change's own), for the by-kind lists. */
    private int pulseInChange;

    @Test
    void countWorkPerChange() throws Exception {
        RedrawBenchmark.startToolkit();
        RealWindow window = RedrawBenchmark.onFx(RealWindow::open);
        Scene scene = RedrawBenchmark.onFx(window::scene);
        Runnable preLayout = () -> onPreLayout(scene);
        Runnable postLayout = this::onPostLayout;
        RedrawBenchmark.onFx(() -> {
            scene.addPreLayoutPulseListener(preLayout);
            scene.addPostLayoutPulseListener(postLayout);
            return null;
        });
        Thread.sleep(1500);
        long fx = RedrawBenchmark.onFx(() -> Thread.currentThread().getId()); // "Event Thread" under Monocle
        long render = threadId("QuantumRenderer-0");

        List<Scenario> script = ChangeScript.of(WARMUP + CHANGES);
        Scenario[] pending = new Scenario[1];
        CountDownLatch[] applied = new CountDownLatch[1];
        AnimationTimer changer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                window.apply(pending[0]);
                applied[0].countDown();
            }
        };
        long[] sum = new long[10];
        for (int i = 0; i < script.size(); i++) {
            boolean measured = i >= WARMUP;
            int step = i;
            long[] before = RedrawBenchmark.onFx(() -> {
                recordKinds = step == WARMUP || step == WARMUP + 1;
                pulseInChange = 0;
                return snapshot(fx, render);
            });
            pending[0] = script.get(i);
            applied[0] = new CountDownLatch(1);
            RedrawBenchmark.onFx(() -> {
                changer.start();
                return null;
            });
            if (!applied[0].await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("change not applied");
            }
            Thread.sleep(80);
            long[] after = RedrawBenchmark.onFx(() -> snapshot(fx, render));
            if (measured) {
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += after[k] - before[k];
                }
            }
        }
        double n = CHANGES;
        System.out.printf(Locale.ROOT, "%nWork per change in the real window (mean of %d changes, %d warm-up)%n"
                        + "  pulses with work           %8.2f%n"
                        + "  nodes needing CSS          %8.1f%n"
                        + "  parents needing layout     %8.1f%n"
                        + "  FX CPU in CSS + layout     %8.3f ms%n"
                        + "    of which layout          %8.3f ms%n"
                        + "  FX CPU drawing charts      %8.3f ms%n"
                        + "  FX thread CPU, total       %8.3f ms (without this probe's own walks)%n"
                        + "  render thread CPU          %8.3f ms%n"
                        + "  FX thread allocated        %8.1f KB%n"
                        + "  chart helper threads CPU   %8.3f ms%n",
                CHANGES, WARMUP, sum[3] / n, sum[0] / n, sum[1] / n, sum[2] / n / 1e6, sum[7] / n / 1e6, sum[8] / n / 1e6, sum[4] / n / 1e6,
                sum[5] / n / 1e6, sum[6] / n / 1024, sum[9] / n / 1e6);
        int[] nodes = RedrawBenchmark.onFx(() -> countNodes(scene.getRoot(), true, new int[2]));
        System.out.printf(Locale.ROOT, "  nodes in the scene         %8d (%d visible)%n", nodes[0], nodes[1]);
        System.out.println("  CSS-dirty nodes by kind (first two measured changes): " + cssDirtyKinds);
        System.out.println("  layout-dirty parents by kind (first two measured changes): " + layoutDirtyKinds);
        RedrawBenchmark.onFx(() -> {
            scene.removePreLayoutPulseListener(preLayout);
            scene.removePostLayoutPulseListener(postLayout);
            window.close();
            return null;
        });
    }

    private long[] snapshot(long fx, long render) {
        return new long[] {cssNodes, layoutParents, cssLayoutCpuNanos, workPulses, threads.getThreadCpuTime(fx) - probeCpuNanos,
            threads.getThreadCpuTime(render), threads.getThreadAllocatedBytes(fx), layoutCpuNanos, chartCpuNanos,
            chartHelpersCpuNanos()};
    }

    /** CPU time of the threads that help the FX thread draw charts in the pulse (PulseChartRenderer). */
    private long chartHelpersCpuNanos() {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("chart-render")) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    /** Nodes in the scene graph (all, and those visible with every ancestor visible). */
    private static int[] countNodes(Node n, boolean visible, int[] counts) {
        counts[0]++;
        boolean v = visible && n.isVisible();
        if (v) {
            counts[1]++;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                countNodes(c, v, counts);
            }
        }
        return counts;
    }

    /** Before the scene's own CSS and layout passes: count what is dirty, then do that work here, timed. */
    private void onPreLayout(Scene scene) {
        int[] counts = new int[2];
        long walkStart = threads.getCurrentThreadCpuTime();
        count(scene.getRoot(), counts);
        probeCpuNanos += threads.getCurrentThreadCpuTime() - walkStart;
        if (counts[0] == 0 && counts[1] == 0) {
            postLayoutStart = threads.getCurrentThreadCpuTime();
            return;
        }
        workPulses++;
        pulseInChange++;
        cssNodes += counts[0];
        layoutParents += counts[1];
        try {
            long start = threads.getCurrentThreadCpuTime();
            CSS_PASS.invoke(scene);
            long mid = threads.getCurrentThreadCpuTime();
            LAYOUT_PASS.invoke(scene);
            long end = threads.getCurrentThreadCpuTime();
            cssLayoutCpuNanos += end - start;
            layoutCpuNanos += end - mid;
            postLayoutStart = end;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After the charts' post-layout listener (registered before this one): the charts' drawing CPU. */
    private void onPostLayout() {
        if (postLayoutStart >= 0) {
            chartCpuNanos += threads.getCurrentThreadCpuTime() - postLayoutStart;
            postLayoutStart = -1;
        }
    }

    private void count(Node node, int[] counts) {
        try {
            String css = CSS_FLAG.get(node).toString();
            if (!css.equals("CLEAN")) {
                if (!css.equals("DIRTY_BRANCH")) {
                    counts[0]++;
                    if (recordKinds) {
                        cssDirtyKinds.merge("p" + pulseInChange + " " + kind(node) + ":" + css, 1, Integer::sum);
                    }
                }
            }
            if (node instanceof Parent p) {
                String layout = LAYOUT_FLAG.get(p).toString();
                if (!layout.equals("CLEAN")) {
                    counts[1]++;
                    if (recordKinds && layout.equals("NEEDS_LAYOUT")) {
                        layoutDirtyKinds.merge("p" + pulseInChange + " " + kind(node), 1, Integer::sum);
                    }
                }
                for (Node child : p.getChildrenUnmodifiable()) {
                    count(child, counts);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kind(Node n) {
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
    }

    private long threadId(String name) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name)) {
                return t.getId();
            }
        }
        throw new IllegalStateException("no thread " + name);
    }

    private static Field field(Class<?> c, String name) {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.lang.reflect.Method method(Class<?> c, String name) {
        try {
            java.lang.reflect.Method m = c.getDeclaredMethod(name);
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
