package org.llmcostplanner.hardening;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a separate JVM on the test classpath: for what an in-process test cannot
 * show (a small heap, kill -9, a security manager, another user), with stdout and stderr captured
 * through files so a chatty child can never block on a full pipe.
 */
public final class ChildJvm {

    /** A finished child: exit status and everything it printed. */
    public record Result(int status, String out, String err) {
    }

    /** Startup options that keep dozens of short-lived JVMs cheap on a busy two-core machine. */
    static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:-UsePerfData", "-Xshare:auto", "-Djava.awt.headless=true");

    private static final long TIMEOUT_SECONDS = 120;

    private ChildJvm() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The real classpath entries (surefire may put only a manifest jar on java.class.path). */
    static List<String> classpathEntries() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        return Arrays.asList(cp.split(File.pathSeparator));
    }

    public static String classpath() {
        return String.join(File.pathSeparator, classpathEntries());
    }

    /** The command line for a child JVM: [prefix…] java [options…] -cp CP main [args…]. */
    public static List<String> command(List<String> prefix, List<String> options, String classpath, String mainClass,
                                List<String> args) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(java());
        cmd.addAll(FAST_START);
        cmd.addAll(options);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    static Result run(List<String> options, String mainClass, String... args) throws IOException, InterruptedException {
        return run(command(List.of(), options, classpath(), mainClass, List.of(args)), null);
    }

    /** Runs a full command line in {@code workDir} (null: inherit) and waits for it. */
    public static Result run(List<String> command, Path workDir) throws IOException, InterruptedException {
        Path out = Files.createTempFile("child-out", ".txt");
        Path err = Files.createTempFile("child-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            if (workDir != null) {
                pb.directory(workDir.toFile());
            }
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("child JVM did not finish in " + TIMEOUT_SECONDS + " s: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
