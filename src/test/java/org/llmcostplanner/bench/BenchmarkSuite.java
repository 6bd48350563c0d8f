package org.llmcostplanner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole benchmark suite, one entry point: {@code mvn -B -Pbench verify} (the bench profile
 * runs only this class; the default build never does). Nothing here asserts a timing: it measures,
 * prints a table with each figure against its goal (issue 4), and writes
 * {@code target/benchmarks/summary.json} (the figures, "javaVersion", "cores"),
 * {@code details.json} (every sample behind them) and {@code summary.md} (the table).
 *
 * <p>Order matters on a 2-core machine: JMH and the fresh-JVM figures (start-up, memory, export)
 * run first, while this JVM is idle; the in-process redraw harness runs last.
 */
@Tag("bench")
class BenchmarkSuite {

    private static final Path OUT = Path.of("target", "benchmarks");
    private static final int STARTUP_RUNS = Integer.getInteger("bench.startupRuns", 5);

    private final Map<String, Object> summary = new LinkedHashMap<>();
    private final Map<String, Object> details = new LinkedHashMap<>();

    @Test
    void runSuite() throws Exception {
        Files.createDirectories(OUT);
        summary.put("javaVersion", System.getProperty("java.version"));
        summary.put("cores", Runtime.getRuntime().availableProcessors());
        details.put("cpuModel", cpuModel());
        details.put("loadAverageAtStart", loadAverage());
        details.put("glassPlatform", System.getProperty("glass.platform", "default"));
        details.put("prismOrder", System.getProperty("prism.order", "default"));

        model();
        startup();
        memory();
        export();
        packagedStartup();
        redraw();

        details.put("loadAverageAtEnd", loadAverage());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(OUT.resolve("summary.json"), json.writeValueAsString(summary) + "\n");
        Files.writeString(OUT.resolve("details.json"), json.writeValueAsString(details) + "\n");
        String table = Goals.table(summary, details);
        Files.writeString(OUT.resolve("summary.md"), table);
        System.out.println("\n" + table);
        System.out.println("Written: " + OUT.resolve("summary.json").toAbsolutePath());
    }

    /** JMH, in its own fork (compiled only in the bench profile, so reached by name). */
    @SuppressWarnings("unchecked")
    private void model() throws Exception {
        Class<?> jmh = Class.forName("org.llmcostplanner.bench.benchdeps.ModelBenchmarks");
        Map<String, Double> micros = (Map<String, Double>) jmh.getMethod("run").invoke(null);
        summary.put("modelRecomputeMicros", round(micros.get("recomputeAllCurves"), 2));
        summary.put("breakEvenSolveMicros", round(micros.get("breakEvenSolve"), 3));
        details.put("jmhMicrosPerCall", micros);
    }

    /**
     * Cold JVMs, the bare window and the planner ({@code org.llmcostplanner.Main}, no arguments: the
     * main window with all charts) in turn; process start → first frame painted with every chart.
     */
    private void startup() throws Exception {
        List<String> options = List.of("-Dllmcostplanner.exitAfterFirstFrame=true");
        String planner = org.llmcostplanner.Main.class.getName();
        // One untimed start of each first: the OS file cache, not the JVM, is what it warms.
        ChildJvm.run(StartupMain.class.getName(), options);
        ChildJvm.run(planner, options);
        double[] bare = new double[STARTUP_RUNS];
        double[] charts = new double[STARTUP_RUNS];
        for (int i = 0; i < STARTUP_RUNS; i++) {
            bare[i] = firstFrame(ChildJvm.run(StartupMain.class.getName(), options));
            charts[i] = firstFrame(ChildJvm.run(planner, options));
        }
        summary.put("startupMs", round(median(charts), 0));
        summary.put("bareStartupMs", round(median(bare), 0));
        details.put("startupRunsMs", Map.of("charts", charts, "bare", bare));
    }

    private static double firstFrame(Map<String, String> out) {
        return Double.parseDouble(out.get("firstFrameMs"));
    }

    private void memory() throws Exception {
        Map<String, String> out = ChildJvm.run(MemoryMain.class.getName(), List.of());
        summary.put("rssMb", Double.parseDouble(out.get("rssMb")));
        summary.put("rssAfterDragsMb", Double.parseDouble(out.get("rssAfterDragsMb")));
        details.put("memory", out);
    }

    private void export() throws Exception {
        Map<String, String> out = ChildJvm.run(ExportMain.class.getName(), List.of(),
                OUT.toString());
        summary.put("pngExportFirstMs", Double.parseDouble(out.get("pngExportFirstMs")));
        summary.put("pngExportMs", Double.parseDouble(out.get("pngExportMs")));
        summary.put("svgExportMs", Double.parseDouble(out.get("svgExportMs")));
        details.put("export", out);
    }

    private void packagedStartup() throws Exception {
        PackagedStartup.Measurement m = PackagedStartup.measure(STARTUP_RUNS);
        summary.put("packagedStartupMs", m.medianMs());
        details.put("packagedStartup", m.note());
    }

    private void redraw() throws Exception {
        // First with the default JIT (C1 + C2) in a JVM of its own, for java -jar; then here, with
        // the JIT as the app ships (client compiler only; the bench profile's argLine).
        Map<String, String> defaultJit = ChildJvm.run(600, RedrawBenchmark.class.getName(), List.of());
        summary.put("redrawP95MsDefaultJit", Double.parseDouble(defaultJit.get("redrawP95Ms")));
        details.put("redrawDefaultJit", defaultJit);
        RedrawBenchmark.Results r = RedrawBenchmark.run();
        System.out.println(r.table());
        summary.put("redrawP50Ms", round(r.ours().p(50), 2));
        summary.put("redrawP95Ms", round(r.ours().p(95), 2));
        summary.put("redrawP99Ms", round(r.ours().p(99), 2));
        summary.put("naiveChartViewerRedrawP95Ms", round(r.chartViewer().p(95), 2));
        summary.put("lineChartRedrawP95Ms", round(r.javaFxCharts().p(95), 2));
        summary.put("dragFps", round(r.dragFps(), 1));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("changes", r.ours().millis.length);
        d.put("jit", RedrawBenchmark.jit());
        d.put("oursP50P95P99", new double[] {r.ours().p(50), r.ours().p(95), r.ours().p(99)});
        d.put("chartViewerP50P95P99", new double[] {r.chartViewer().p(50), r.chartViewer().p(95), r.chartViewer().p(99)});
        d.put("javaFxChartsP50P95P99", new double[] {r.javaFxCharts().p(50), r.javaFxCharts().p(95),
            r.javaFxCharts().p(99)});
        d.put("dragFpsScriptedDrag", Map.of("windowViewModel", r.dragFpsWindowViewModel(), "chartViewer", r.dragFpsChartViewer(),
                "javaFxCharts", r.dragFpsJavaFxCharts()));
        details.put("redraw", d);
    }

    static double median(double[] v) {
        List<Double> s = new ArrayList<>();
        for (double x : v) {
            s.add(x);
        }
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Other work on this shared machine skews every figure: recorded next to them. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
