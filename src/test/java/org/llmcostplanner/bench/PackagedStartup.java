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

/**
 * Start-up of the packaged app (issue 7), when its image exists under target/jpackage/image: the
 * launcher is started as a user would start it and its first painted frame is seen from outside,
 * through JavaFX's pulse logger, the way packaging/measure-startup.py measures it (the packaged
 * runtime has no Monocle, so it needs a display: DISPLAY set, e.g. under xvfb-run -Pxvfb).
 */
final class PackagedStartup {

    record Measurement(Double medianMs, String note) {
    }

    private PackagedStartup() {
    }

    static Measurement measure(int runs) throws IOException, InterruptedException {
        Optional<Path> launcher = launcher();
        if (launcher.isEmpty()) {
            return new Measurement(null, "no packaged image at target/jpackage/image/*/bin/ "
                    + "(the packaging branch is not on main, or mvn -Ppackage package was not run)");
        }
        if (System.getenv("DISPLAY") == null) {
            return new Measurement(null, "packaged image found at " + launcher.get()
                    + " but no DISPLAY: the packaged runtime has no Monocle; run under xvfb-run with -Pxvfb");
        }
        firstFrameMs(launcher.get()); // warms the OS file cache, not counted
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = firstFrameMs(launcher.get());
        }
        return new Measurement(BenchmarkSuite.round(BenchmarkSuite.median(ms), 0),
                "launcher " + launcher.get() + ", runs " + java.util.Arrays.toString(ms));
    }

    private static Optional<Path> launcher() throws IOException {
        Path images = Path.of("target", "jpackage", "image");
        if (!Files.isDirectory(images)) {
            return Optional.empty();
        }
        try (Stream<Path> apps = Files.list(images)) {
            return apps.map(app -> app.resolve("bin").resolve(app.getFileName().toString()))
                    .filter(Files::isExecutable).findFirst();
        }
    }

    private static double firstFrameMs(Path launcher) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of(launcher.toString())).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("JAVA_TOOL_OPTIONS", "-Djavafx.pulseLogger=true");
        long start = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("PULSE:") && !line.contains("No Rendering")) {
                    return (System.nanoTime() - start) / 1e6;
                }
                if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(60)) {
                    break;
                }
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        throw new IllegalStateException("no frame from the packaged app within 60 s");
    }
}
