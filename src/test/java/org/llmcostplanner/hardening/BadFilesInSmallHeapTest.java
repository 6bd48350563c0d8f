package org.llmcostplanner.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.llmcostplanner.io.BadScenarios;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bad-input contract of the real entry point in its own JVM with a 256 MB heap: exit 2,
 * nothing on stdout, exactly one stderr line naming the file (and the field where there is one),
 * and the file on disk unchanged. The heavy files (60 MB, 100,000-deep nesting, 5,000-digit
 * numbers) all run here; the rest of the corpus runs in-process in CliBadFilesTest, a sample here.
 */
class BadFilesInSmallHeapTest {

    private static final List<String> SMALL_HEAP = List.of("-Xmx256m");
    private static final String MAIN = "org.llmcostplanner.Main";

    /** The stderr line of a refused file, after checking the whole contract. */
    private static String refusedLine(ChildJvm.Result r) {
        assertEquals(2, r.status(), "exit status; stderr: " + r.err());
        assertEquals("", r.out(), "stdout must stay empty");
        assertTrue(r.err().endsWith("\n"), r.err());
        String line = r.err().substring(0, r.err().length() - 1);
        assertFalse(line.contains("\n") || line.contains("\r"), "exactly one line: " + r.err());
        assertFalse(line.contains("Exception") || line.contains("\tat "), line);
        assertTrue(line.startsWith("llm-cost-planner: "), line);
        return line;
    }

    private static String reportInSmallHeap(Path file, List<String> prefix, String classpath)
            throws IOException, InterruptedException {
        String before = Hashes.of(file);
        ChildJvm.Result r = ChildJvm.run(ChildJvm.command(prefix, SMALL_HEAP, classpath, MAIN,
                List.of("report", file.toString())), null);
        String line = refusedLine(r);
        assertEquals(before, Hashes.of(file), "the file on disk must be unchanged");
        return line;
    }

    private static String reportInSmallHeap(Path file) throws IOException, InterruptedException {
        return reportInSmallHeap(file, List.of(), ChildJvm.classpath());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // heavy: every one of them
            "deep-nesting-100000.json", "deep-nesting-100000-unclosed.json", "number-5000-digits.json",
            "number-5000-digit-fraction.json", "number-huge-exponent.json",
            // a sample of the other kinds
            "binary-random.json", "bom.json", "trailing-garbage.json", "top-level-array.json",
            "nan-literal.json", "gadget-polymorphic-array.json", "out-of-range-days-32.json"})
    void corpusFileIsRefusedInASmallHeap(String name) throws Exception {
        BadScenarios.Case c = BadScenarios.all().stream().filter(k -> k.file().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in index.tsv"));
        String line = reportInSmallHeap(c.location());
        assertTrue(line.contains(c.location() + ": "), line);
        if (c.path() != null) {
            assertTrue(line.contains(": " + c.path() + ": "), line);
        }
        assertTrue(line.contains(c.fragment()), "expected \"" + c.fragment() + "\" in: " + line);
    }

    @Test
    void sixtyMegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"format\": \"llm-cost-planner.scenario\", \"version\": 1, \"notes\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 60; i++) {
                out.write(chunk);
            }
            out.write("\"}".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(file) > 60L * 1024 * 1024);
        String line = reportInSmallHeap(file);
        assertTrue(line.contains(file + ": file is too large (" + Files.size(file) + " bytes)"), line);
    }

    @Test
    void directoryIsRefused(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("plans.json"));
        Files.writeString(folder.resolve("inside.txt"), "x");
        String line = reportInSmallHeap(folder);
        assertTrue(line.endsWith(folder + ": is a directory, not a scenario file"), line);
    }

    /**
     * Root reads any file whatever its mode, so as root the child JVM runs as "nobody" (setpriv,
     * else runuser); the classpath jars under root's home are copied where nobody can read them.
     */
    @Test
    void unreadableFileIsRefused(@TempDir Path dir) throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = Files.writeString(dir.resolve("secret.json"), "{\"format\": \"llm-cost-planner.scenario\", \"version\": 1}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        List<String> prefix = List.of();
        String classpath = ChildJvm.classpath();
        if (isRoot()) {
            prefix = dropToNobody();
            assumeTrue(prefix != null, "running as root without setpriv or runuser: cannot make a file unreadable");
            classpath = readableClasspath(dir);
        }
        String line = reportInSmallHeap(file, prefix, classpath);
        assertTrue(line.endsWith(file + ": cannot be read: permission denied"), line);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** A command prefix that runs the rest as user nobody, or null when this machine has no way to. */
    private static List<String> dropToNobody() throws InterruptedException {
        List<List<String>> candidates = List.of(
                List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"),
                List.of("runuser", "-u", "nobody", "--"));
        for (List<String> prefix : candidates) {
            List<String> probe = new ArrayList<>(prefix);
            probe.add("true");
            try {
                Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) {
                    return prefix;
                }
            } catch (IOException e) {
                // not installed; try the next
            }
        }
        return null;
    }

    /** The classpath entries the CLI needs, copied where user nobody can read them. */
    private static String readableClasspath(Path dir) throws IOException {
        Path lib = Files.createDirectory(dir.resolve("lib"));
        List<String> entries = new ArrayList<>();
        for (String entry : ChildJvm.classpathEntries()) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                entries.add(entry); // target/classes: world-readable already
            } else if (p.getFileName().toString().startsWith("jackson-")) {
                Path copy = lib.resolve(p.getFileName());
                Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
                entries.add(copy.toString());
            }
        }
        Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("rwxr-xr-x"));
        return String.join(java.io.File.pathSeparator, entries);
    }
}
