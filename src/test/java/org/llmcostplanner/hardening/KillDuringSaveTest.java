package org.llmcostplanner.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.io.AtomicFileWriter;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.io.ScenarioFormatException;
import org.llmcostplanner.model.Scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * kill -9 in the middle of saving: a separate JVM saves two large scenarios alternately over one
 * file and is killed (Process.destroyForcibly, SIGKILL on Linux) at a random moment. After every
 * kill the file must load as the complete old or the complete new scenario, never a mix, and the
 * .bak must load as one of them too.
 */
class KillDuringSaveTest {

    static final int KILLS = 54;
    /** Runs at once, each in its own folder: most of a child's time is JVM start and fsync waits. */
    private static final int PARALLEL = 3;
    /** About 300 KB a file: long enough that a kill often lands inside a write or copy. */
    private static final int NOTES_CHARS = 300_000;
    private static final int MAX_DELAY_MS = 150;

    /** What one kill left behind. */
    private record Outcome(char target, char backup, long leftoverTemps) {
    }

    @Test
    void theFileIsAlwaysTheCompleteOldOrNewScenario(@TempDir Path root) throws Exception {
        Scenario a = SaveLoop.scenario('A', NOTES_CHARS);
        Scenario b = SaveLoop.scenario('B', NOTES_CHARS);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        List<Future<Outcome>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < KILLS; i++) {
                Path dir = Files.createDirectory(root.resolve("run" + i));
                long seed = 8_000L + i;
                runs.add(pool.submit(() -> killOnce(dir, seed, a, b)));
            }
            int midSave = 0;
            int newContent = 0;
            for (Future<Outcome> run : runs) {
                Outcome o = run.get(10, TimeUnit.MINUTES);
                midSave += o.leftoverTemps() > 0 ? 1 : 0;
                newContent += o.target() == 'B' ? 1 : 0;
            }
            assertEquals(KILLS, runs.size());
            // Not asserted (it depends on timing): how often the kill landed inside a save.
            System.out.printf("kill -9 during save: %d kills, %d inside a save (temp file left), %d left the newer B%n",
                    KILLS, midSave, newContent);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome killOnce(Path dir, long seed, Scenario a, Scenario b) throws Exception {
        Path target = dir.resolve("plan.json");
        ScenarioFile.save(b, target);
        ScenarioFile.save(a, target); // target A, backup B: both complete before the child starts
        List<String> cmd = ChildJvm.command(List.of(), List.of("-Xmx128m"), ChildJvm.classpath(),
                SaveLoop.class.getName(), List.of(target.toString(), String.valueOf(NOTES_CHARS)));
        Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            if (!"ready".equals(first)) {
                fail("child did not start: " + first + " (exit " + child.waitFor() + ")");
            }
            Thread.sleep(new Random(seed).nextInt(MAX_DELAY_MS + 1));
            assertTrue(child.isAlive(), "the save loop must still be running when it is killed");
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        char onDisk = whichOf(target, a, b);
        char backup = whichOf(AtomicFileWriter.backupOf(target), a, b);
        long temps;
        try (Stream<Path> files = Files.list(dir)) {
            temps = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
        return new Outcome(onDisk, backup, temps);
    }

    /** 'A' or 'B': which complete scenario the file holds; fails on anything else. */
    private static char whichOf(Path file, Scenario a, Scenario b) throws IOException {
        Scenario loaded;
        try {
            loaded = ScenarioFile.load(file);
        } catch (ScenarioFormatException e) {
            throw new AssertionError("torn or missing file after kill -9: " + e.getMessage()
                    + " (" + (Files.exists(file) ? Files.size(file) + " bytes" : "absent") + ")", e);
        }
        if (loaded.equals(a)) {
            return 'A';
        }
        if (loaded.equals(b)) {
            return 'B';
        }
        throw new AssertionError(file + " holds neither complete scenario: " + loaded.name());
    }
}
