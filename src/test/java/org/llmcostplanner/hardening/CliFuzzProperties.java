package org.llmcostplanner.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import org.llmcostplanner.cli.Cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fuzzing the command line in-process: {@code report FILE [--volume N]} on generated and mutated
 * files exits 0 with a valid JSON report whose numbers are all finite, or 2 with one line on
 * stderr and nothing on stdout — never 1 (a defect), never an escaped exception, never a hang.
 */
class CliFuzzProperties {

    static final int TRIES = 2500;

    private static final ObjectMapper STRICT = new ObjectMapper(); // rejects NaN/Infinity tokens
    private static Path folder;

    private static synchronized Path file() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("cli-fuzz");
        }
        return folder.resolve("fuzz.json");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        if (folder != null) {
            Files.deleteIfExists(folder.resolve("fuzz.json"));
            Files.deleteIfExists(folder);
        }
    }

    @Provide
    Arbitrary<byte[]> generatedJson() {
        return FuzzInputs.generatedJson();
    }

    @Provide
    Arbitrary<byte[]> mutatedFile() {
        return FuzzInputs.mutatedFile();
    }

    /** No volume most of the time; else a valid, out-of-range or junk value. */
    @Provide
    Arbitrary<String> volume() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("0", "1e9", "1000000001", "-1", "NaN", "1e400", "0x10", "1,000",
                        "", " ", "3030.3", "1e-300")),
                net.jqwik.api.Tuple.of(1, FuzzInputs.number()));
    }

    @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void reportOnGeneratedJson(@ForAll("generatedJson") byte[] json, @ForAll("volume") String volume) throws Exception {
        reportKeepsTheContract(json, volume);
    }

    @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void reportOnMutatedFile(@ForAll("mutatedFile") byte[] file, @ForAll("volume") String volume) throws Exception {
        reportKeepsTheContract(file, volume);
    }

    private static void reportKeepsTheContract(byte[] content, String volume) throws Exception {
        Path file = Files.write(file(), content);
        List<String> args = new ArrayList<>(List.of("report", file.toString()));
        if (!volume.isEmpty()) {
            args.add("--volume=" + volume);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String what = FuzzInputs.show(args) + " on " + FuzzInputs.show(content);
        int status = TimeLimit.run(what, () -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                return Cli.run(args.toArray(String[]::new), o, e);
            }
        });
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        Statistics.label("exit").collect(status == Cli.OK ? "0: report"
                : stderr.contains("too large to compute") ? "2: figures overflow" : "2: " + (status == Cli.BAD_INPUT ? "refused" : "other"));
        if (status == Cli.BAD_INPUT) {
            assertEquals("", stdout, what);
            assertTrue(stderr.startsWith(Cli.PROGRAM + ": ") && stderr.endsWith("\n"), stderr);
            assertEquals(1, stderr.lines().count(), "one line: " + stderr);
        } else if (status == Cli.OK) {
            assertEquals("", stderr, what);
            assertValidReport(stdout, what);
        } else {
            fail("exit " + status + " (" + stderr.strip() + ") for " + what);
        }
    }

    /** Strict JSON with every number finite; only "name" and the "warnings" array's items are text. */
    static void assertValidReport(String json, String what) throws IOException {
        JsonNode root = STRICT.readTree(json);
        assertTrue(root.isObject(), json);
        for (String key : List.of("name", "requestsPerDay", "apiCostPerRequest", "monthly", "gpuInstances",
                "oneTimeCost", "paybackMonths", "breakEven")) {
            assertTrue(root.has(key), key + " missing in " + json);
        }
        assertLeavesFinite(root, "", what + "\n" + json);
    }

    private static void assertLeavesFinite(JsonNode node, String path, String context) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> assertLeavesFinite(e.getValue(), path + "." + e.getKey(), context));
        } else if (node.isArray() && path.equals(".warnings")) {
            // The report's plausibility warnings (issue 6): plain strings, after the spec's keys.
            node.forEach(w -> assertTrue(w.isTextual(), "warning " + w + " in " + context));
        } else if (node.isNumber()) {
            assertTrue(Double.isFinite(node.doubleValue()), path + " = " + node + " in " + context);
        } else if (node.isTextual()) {
            assertEquals(".name", path, "only the name is text: " + path + " = " + node + " in " + context);
        } else {
            assertTrue(node.isNull(), path + " = " + node + " in " + context);
        }
    }
}
