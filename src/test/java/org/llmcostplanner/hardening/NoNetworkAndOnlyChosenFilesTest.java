package org.llmcostplanner.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.cli.Command;
import org.llmcostplanner.cli.Commands;
import org.llmcostplanner.io.AtomicFileWriter;
import org.llmcostplanner.io.BadScenarios;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Security, in a child JVM under a recording security manager (Java 17: deprecated but working,
 * and unlike a network namespace it needs no root and catches an attempt even when the code
 * would swallow the failure): the planner opens no network connection and resolves no host, and
 * it writes only the file the user chose, its .bak and its temp file, which is gone afterwards.
 */
class NoNetworkAndOnlyChosenFilesTest {

    private static List<String> guardedRun(Path workDir, Path home, List<String> actions) throws Exception {
        List<String> options = List.of("-Djava.security.manager=allow", "-Duser.home=" + home,
                "-Djava.io.tmpdir=" + home.resolve("tmp"),
                "-Dllmcostplanner.dataDir=" + home.resolve("data"));
        List<String> cmd = ChildJvm.command(List.of(), options, ChildJvm.classpath(), GuardedMain.class.getName(), actions);
        ChildJvm.Result r = ChildJvm.run(cmd, workDir);
        assertEquals(0, r.status(), r.err());
        assumeFalse(r.out().contains("NO_SECURITY_MANAGER"), "this JVM cannot install a security manager");
        return r.out().lines().collect(Collectors.toList());
    }

    /** A home and temp folder of the child's own, so a stray write anywhere there is seen too. */
    private static Path sandboxHome(Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("tmp"));
        return home;
    }

    private static Map<String, String> tree(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                files.put(root.relativize(p).toString(), Files.isRegularFile(p) ? Hashes.of(p) : "dir");
            }
        }
        return files;
    }

    @Test
    void commandsMakeNoConnectionAndWriteNothing(@TempDir Path dir) throws Exception {
        Path home = sandboxHome(dir);
        Path work = Files.createDirectories(dir.resolve("work"));
        Path plan = dir.resolve("plan.json");
        ScenarioFile.save(Presets.seedArticle(), plan);
        Path bad = BadScenarios.all().get(0).location();
        List<String> actions = new ArrayList<>(List.of("report", "--preset", "seed-article", "::",
                "report", plan.toString(), "--volume", "10000", "::",
                "report", bad.toString(), "::",
                "--help", "::", "--version"));
        for (Command c : Commands.all()) {
            actions.addAll(List.of("::", c.name(), "--help"));
        }
        int probe = actions.stream().filter(a -> a.equals("::")).mapToInt(a -> 1).sum() + 1;
        actions.addAll(List.of("::", "probe-network"));
        Map<String, String> before = tree(dir);

        List<String> lines = guardedRun(work, home, actions);

        // The guard works: the deliberate probe was seen (and stopped) twice, connect and resolve.
        assertTrue(lines.contains("RUN " + probe + " STATUS 0"), lines.toString());
        assertEquals(2, lines.stream().filter(l -> l.startsWith("SOCKET " + probe + " ")).count(), lines.toString());
        lines.removeIf(l -> l.startsWith("SOCKET " + probe + " "));

        assertTrue(lines.contains("RUN 0 STATUS 0"), lines.toString());
        assertTrue(lines.contains("RUN 1 STATUS 0"), lines.toString());
        assertTrue(lines.contains("RUN 2 STATUS 2"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("SOCKET")), "network access: " + lines);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("WRITE")), "reports write nothing: " + lines);
        assertEquals(before, tree(dir), "nothing on disk changed, not even in home, tmp or the work folder");
    }

    @Test
    void saveWritesOnlyTheChosenFileItsBackupAndItsTempFile(@TempDir Path dir) throws Exception {
        Path home = sandboxHome(dir);
        Path folder = Files.createDirectories(dir.resolve("plans"));
        Path source = dir.resolve("source.json");
        ScenarioFile.save(Presets.seedArticle().with(InputField.REQUESTS_PER_DAY, 4321), source);
        Path target = folder.resolve("plan.json");
        ScenarioFile.save(Scenario.defaults(), target);
        Files.writeString(folder.resolve("neighbour.json"), "not touched");
        Map<String, String> before = tree(dir);

        List<String> lines = guardedRun(dir, home, List.of("save", source.toString(), target.toString()));

        assertTrue(lines.contains("RUN 0 STATUS 0"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("SOCKET")), "network access: " + lines);
        String tempPrefix = folder.resolve(".plan.json.").toString();
        for (String line : lines) {
            if (line.startsWith("WRITE")) {
                String path = line.substring("WRITE 0 ".length());
                boolean allowed = path.equals(target.toString())
                        || path.equals(AtomicFileWriter.backupOf(target).toString())
                        || (path.startsWith(tempPrefix) && path.endsWith(".tmp"));
                assertTrue(allowed, "wrote outside the chosen file, its .bak and its temp files: " + path);
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.equals("WRITE 0 " + target)), "the guard saw the save: " + lines);

        Map<String, String> after = tree(dir);
        Set<String> changed = new java.util.TreeSet<>(after.keySet());
        changed.addAll(before.keySet());
        changed.removeIf(k -> before.containsKey(k) && before.get(k).equals(after.get(k)));
        assertEquals(Set.of("plans/plan.json", "plans/plan.json.bak"), changed,
                "only the chosen file and its backup changed; no temp file left");
        assertEquals(Scenario.defaults(), ScenarioFile.load(AtomicFileWriter.backupOf(target)));
        assertEquals(4321, ScenarioFile.load(target).get(InputField.REQUESTS_PER_DAY));
    }

    @Test
    void inProcessSaveChangesOnlyTheChosenFileAndItsBackup(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("plan.json");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.createDirectory(dir.resolve("sub"));
        ScenarioFile.save(Scenario.defaults(), target);
        Map<String, String> before = tree(dir);
        ScenarioFile.save(Presets.seedArticle(), target);
        Map<String, String> after = tree(dir);
        assertEquals(Set.of("notes.txt", "plan.json", "plan.json.bak", "sub", ""), after.keySet());
        assertEquals(before.get("notes.txt"), after.get("notes.txt"));
        assertFalse(after.get("plan.json").equals(before.get("plan.json")));
    }
}
