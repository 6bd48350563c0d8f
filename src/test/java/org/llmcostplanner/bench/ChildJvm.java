package org.llmcostplanner.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of ours in a fresh JVM (the same java and class path as this one, the same
 * JavaFX platform properties) and collects the {@code key=value} lines it prints. Fresh JVMs are
 * what start-up, first-call export and resident-set figures need.
 */
final class ChildJvm {

    /**
     * Passed on as they are set here: the JavaFX/AWT platform (Monocle or GTK, software rendering)
     * and the planner's data directory (never the user's real one).
     */
    private static final String[] PLATFORM_PROPERTIES = {"glass.platform", "monocle.platform", "prism.order",
        "java.awt.headless", "testfx.headless", "llmcostplanner.dataDir"};

    private static final long DEFAULT_TIMEOUT_SECONDS = 120;

    private ChildJvm() {
    }

    /** Runs {@code mainClass} with {@code args}; the wall time of the launch is passed as launchedAtMillis. */
    static Map<String, String> run(String mainClass, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        return run(DEFAULT_TIMEOUT_SECONDS, mainClass, jvmOptions, args);
    }

    /** As {@link #run(String, List, String...)}, for a child that may take up to {@code timeoutSeconds}. */
    static Map<String, String> run(long timeoutSeconds, String mainClass, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String p : PLATFORM_PROPERTIES) {
            String v = System.getProperty(p);
            if (v != null && !v.isEmpty() && !"none".equals(v)) {
                cmd.add("-D" + p + "=" + v);
            }
        }
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return start(cmd, timeoutSeconds);
    }

    static Map<String, String> start(List<String> cmd) throws IOException, InterruptedException {
        return start(cmd, DEFAULT_TIMEOUT_SECONDS);
    }

    static Map<String, String> start(List<String> cmd, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        List<String> withLaunchTime = new ArrayList<>(cmd);
        long launchedAt = System.currentTimeMillis();
        if (withLaunchTime.get(0).endsWith("java")) {
            withLaunchTime.add(1, "-Dllmcostplanner.launchedAtMillis=" + launchedAt);
            pb.command(withLaunchTime);
        }
        Process p = pb.start();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> output = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                output.add(line);
                int eq = line.indexOf('=');
                if (eq > 0 && !line.contains(" ") && line.startsWith("llmcostplanner.")) {
                    values.put(line.substring("llmcostplanner.".length(), eq), line.substring(eq + 1));
                }
            }
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("child JVM did not end: " + cmd);
        }
        if (p.exitValue() != 0 || values.isEmpty()) {
            throw new IllegalStateException("child JVM failed (exit " + p.exitValue() + "): "
                    + String.join(" ", cmd.subList(cmd.size() - 2, cmd.size())) + "\n" + String.join("\n", output));
        }
        return values;
    }

    /** This JVM's class path (the bench profile turns surefire's manifest-only jar off, so it is the real one). */
    static String classPath() {
        String cp = System.getProperty("java.class.path");
        if (cp.split(File.pathSeparator).length < 3) {
            throw new IllegalStateException("class path looks like a manifest-only jar; run with -Pbench: " + cp);
        }
        return cp;
    }

    /** Resident set of this process in MB, from /proc/self/status (Linux), or NaN elsewhere. */
    static double residentMb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
