package org.llmcostplanner.ui.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.hardening.ChildJvm;
import org.llmcostplanner.hardening.Hashes;
import org.llmcostplanner.io.AtomicFileWriter;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.InputField;

/**
 * Security of the window, as NoNetworkAndOnlyChosenFilesTest checks the CLI: the real window
 * (headless, in a child JVM under a recording security manager) opens the seed scenario, has a
 * value changed, exports a PNG, saves and quits. No network permission is ever requested, and
 * the only files written are the chosen scenario (with its .bak and its temp file), the chosen
 * PNG (with its temp file), and the app's data directory.
 *
 * <p>Two platform caches are allowed by name, both outside the app's code: JavaFX unpacks its
 * native libraries to ~/.openjfx/cache when it runs from plain jars (the packaged app has them in
 * its runtime image), and the JDK's font configuration keeps ~/.java/fonts/VERSION/fcinfo-*,
 * naming that file after the machine: it asks to resolve this machine's own host name (no
 * connection; the guard denies it and the JDK falls back to "localhost"). The app's remembered
 * settings (window state, first run: ui.look.AppPreferences) go through java.util.prefs, which on
 * Linux writes ~/.java/.userPrefs/org/llmcostplanner (its node) and the JDK's lock and marker files:
 * the app's own settings, allowed by that node's name. Nothing else.
 */
class WindowNoNetworkAndOnlyChosenFilesTest {

    private static final int STEPS = 7;
    private static final int PROBE = STEPS - 1;

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
    void windowSessionMakesNoConnectionAndWritesOnlyChosenFiles(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        Path data = home.resolve("data");
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Path scenario = plans.resolve("seed.json");
        ScenarioFile.save(Presets.seedArticle(), scenario);
        Files.writeString(plans.resolve("neighbour.json"), "not touched");
        Path png = exports.resolve("cost.png");
        Map<String, String> before = tree(dir);

        List<String> options = List.of("-Djava.security.manager=allow", "-Duser.home=" + home,
                "-Djava.io.tmpdir=" + tmp, "-Dllmcostplanner.dataDir=" + data,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.verbose=false");
        ChildJvm.Result r = ChildJvm.run(ChildJvm.command(List.of(), options, ChildJvm.classpath(),
                GuardedWindowMain.class.getName(), List.of(scenario.toString(), png.toString())), dir);
        assertEquals(0, r.status(), r.err());
        assumeFalse(r.out().contains("NO_SECURITY_MANAGER"), "this JVM cannot install a security manager");
        List<String> lines = r.out().lines().collect(Collectors.toList());

        for (int i = 0; i < STEPS; i++) {
            assertTrue(lines.contains("RUN " + i + " STATUS 0"), "step " + i + " worked: " + lines + "\n" + r.err());
        }
        // The guard works: the deliberate probe was seen (and stopped) twice, connect and resolve.
        assertEquals(2, lines.stream().filter(l -> l.startsWith("SOCKET " + PROBE + " ")).count(), lines.toString());
        lines.removeIf(l -> l.startsWith("SOCKET " + PROBE + " "));
        String ownName = "SOCKET 1 " + java.net.InetAddress.getLocalHost().getHostName() + " resolve";
        lines.removeIf(l -> l.equals(ownName)); // the JDK font configuration's cache-file name, see above
        assertEquals(List.of(), lines.stream().filter(l -> l.startsWith("SOCKET")).toList(), "network access");

        Set<String> writes = new TreeSet<>();
        for (String line : lines) {
            if (line.startsWith("WRITE ")) {
                writes.add(line.substring(line.indexOf(' ', "WRITE ".length()) + 1));
            }
        }
        assertTrue(writes.contains(scenario.toString()) && writes.contains(png.toString()),
                "the guard saw the save and the export: " + writes);
        for (String path : writes) {
            boolean allowed = path.equals(scenario.toString())
                    || path.equals(AtomicFileWriter.backupOf(scenario).toString())
                    || isTemp(path, plans, "seed.json") || isTemp(path, plans, "seed.json.bak")
                    || path.equals(png.toString()) || isTemp(path, exports, "cost.png")
                    || path.startsWith(data + "/") || path.equals(data.toString())
                    || isPlatformCache(path, home);
            assertTrue(allowed, "wrote outside the chosen files and the data directory: " + path + " (all: " + writes + ")");
        }

        Map<String, String> after = tree(dir);
        Set<String> changed = new TreeSet<>(after.keySet());
        changed.addAll(before.keySet());
        changed.removeIf(k -> before.containsKey(k) && before.get(k).equals(after.get(k)));
        changed.removeIf(k -> k.startsWith("home/data") || isPlatformCache(dir.resolve(k).toString(), home)
                || k.equals("home"));
        assertEquals(Set.of("plans/seed.json", "plans/seed.json.bak", "exports/cost.png"), changed,
                "only the chosen scenario, its backup and the chosen PNG changed; no temp file left");
        assertEquals(5000, ScenarioFile.load(scenario).get(InputField.REQUESTS_PER_DAY), "the changed value was saved");
        assertEquals(Presets.seedArticle(), ScenarioFile.load(AtomicFileWriter.backupOf(scenario)));
    }

    /**
     * The JavaFX native-library cache, the JDK font-configuration cache, the app's own
     * preferences node and the JDK's marker beside it (and the folders leading there).
     */
    private static boolean isPlatformCache(String path, Path home) {
        Path prefs = home.resolve(".java").resolve(".userPrefs");
        for (Path cache : List.of(home.resolve(".openjfx").resolve("cache"), home.resolve(".java").resolve("fonts"),
                prefs.resolve("org").resolve("llmcostplanner"))) {
            if (path.startsWith(cache + "/") || path.equals(cache.toString()) || cache.startsWith(Path.of(path))) {
                return true;
            }
        }
        // The JDK's own bookkeeping beside the node: lock and mod-time files, the parent node's file.
        return (Path.of(path).getParent().equals(prefs) && Path.of(path).getFileName().toString().startsWith(".user"))
                || Path.of(path).equals(prefs.resolve("org").resolve("prefs.xml"));
    }

    /** A temp file the atomic writers make beside {@code name}: ".name.*.tmp" or "name*.tmp". */
    private static boolean isTemp(String path, Path folder, String name) {
        String file = Path.of(path).getFileName().toString();
        return Path.of(path).getParent().equals(folder) && file.endsWith(".tmp")
                && (file.startsWith("." + name + ".") || file.startsWith(name));
    }
}
