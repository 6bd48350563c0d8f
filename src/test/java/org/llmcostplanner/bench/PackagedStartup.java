package org.llmcostplanner.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.llmcostplanner.ui.StartupProbe;

/**
 * Start-up of the packaged app (issue 7): the launcher is started as the menu entry starts it
 * (no arguments) and reports its own first frame through {@code ui.StartupProbe}, exactly as
 * {@code startupMs} does for {@code java -cp … Main}: the first frame painted after every chart has
 * drawn, counted from the wall clock taken here just before the launch (passed in with
 * {@code JAVA_TOOL_OPTIONS}, which the packaged JVM reads too). The same measurement as
 * {@code packaging/measure-startup.sh}. The launcher is the application image's,
 * {@code target/jpackage/image/<app>/bin/<app>} (its AppCDS archive is made for that place), or
 * the one named by {@code -Dbench.packagedLauncher=/opt/llm-cost-planner/bin/llm-cost-planner}
 * (the installed .deb). The packaged runtime has no Monocle, so it needs a display: the one in
 * DISPLAY, or else a private Xvfb server started here for all the runs (as
 * packaging/measure-startup.sh runs under xvfb-run), when Xvfb is installed.
 */
final class PackagedStartup {

    /**
     * The probe sees the painted frame through JavaFX's PerformanceTracker; in the packaged runtime
     * JavaFX is a set of named modules, so its package must be exported to the class path.
     */
    private static final String PROBE_OPTIONS = "--add-exports=javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED"
            + " -D" + StartupProbe.EXIT_PROPERTY + "=true";

    /** A start that has not reported by then is stopped (the read below ends with the process). */
    private static final long TIMEOUT_S = 120;

    record Measurement(Double medianMs, String note) {
    }

    private PackagedStartup() {
    }

    static Measurement measure(int runs) throws IOException, InterruptedException {
        Optional<Path> launcher = launcher();
        if (launcher.isEmpty()) {
            return new Measurement(null, "no packaged image at target/jpackage/image/*/bin/ "
                    + "(mvn -B -Ppackage package was not run) and no -Dbench.packagedLauncher");
        }
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        if (display == null) {
            xvfb = startXvfb();
            if (xvfb == null) {
                return new Measurement(null, "packaged launcher " + launcher.get() + " but no DISPLAY and no Xvfb:"
                        + " the packaged runtime has no Monocle; run under xvfb-run with -Pxvfb");
            }
        }
        try {
            if (xvfb != null) {
                // Xvfb prints its display number once it accepts clients; nothing if it could not start.
                String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                if (number == null) {
                    return new Measurement(null, "packaged launcher " + launcher.get()
                            + " but no DISPLAY, and Xvfb did not start: run under xvfb-run with -Pxvfb");
                }
                display = ":" + number.trim();
            }
            firstFrameMs(launcher.get(), display); // warms the OS file cache, not counted
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                ms[i] = firstFrameMs(launcher.get(), display);
            }
            return new Measurement(BenchmarkSuite.round(BenchmarkSuite.median(ms), 0),
                    "launcher " + launcher.get() + " on display " + display + (xvfb == null ? "" : " (a private Xvfb)")
                            + ", first frame with every chart drawn (StartupProbe), runs " + java.util.Arrays.toString(ms));
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * An Xvfb server on a free display (it prints the number when it is ready: -displayfd 1), or
     * null when Xvfb is not installed. Screen as in packaging/measure-startup.sh.
     */
    private static Process startXvfb() {
        try {
            return new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException notInstalled) {
            return null;
        }
    }

    private static Optional<Path> launcher() throws IOException {
        String named = System.getProperty("bench.packagedLauncher", "");
        if (!named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        Path images = Path.of("target", "jpackage", "image");
        if (!Files.isDirectory(images)) {
            return Optional.empty();
        }
        try (Stream<Path> apps = Files.list(images)) {
            return apps.map(app -> app.resolve("bin").resolve(app.getFileName().toString()))
                    .filter(Files::isExecutable).findFirst();
        }
    }

    private static double firstFrameMs(Path launcher, String display) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of(launcher.toString())).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("DISPLAY", display);
        env.remove("_JAVA_OPTIONS");
        env.put("JAVA_TOOL_OPTIONS", PROBE_OPTIONS + " -D" + StartupProbe.LAUNCHED_AT_PROPERTY + "="
                + System.currentTimeMillis());
        Process p = pb.start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "packaged-startup-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        String reported = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith(StartupProbe.REPORT_KEY + "=")) {
                    reported = line.substring(StartupProbe.REPORT_KEY.length() + 1);
                }
            }
        }
        p.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
        if (reported == null) {
            throw new IllegalStateException("the packaged app (" + launcher + ") reported no first frame");
        }
        return Double.parseDouble(reported);
    }
}
