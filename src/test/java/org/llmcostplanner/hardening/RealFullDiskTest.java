package org.llmcostplanner.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.llmcostplanner.ui.hardening.FullDiskWindowSave;
import org.llmcostplanner.ui.workflow.RecoveryStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A really full disk, not an injected error: a 256 KB tmpfs mounted in a private mount namespace
 * (unshare -m, so nothing leaks to the machine; needs root, as in CI), and a 400 KB save onto it.
 * The error is the system's own "No space left on device", the old file is intact, and no temp
 * file is left to fill the disk further. The same through the window: the unsaved work stays on
 * screen and in the recovery file, which the next session finds. Skipped where it cannot run
 * (not root, no unshare).
 */
class RealFullDiskTest {

    private static boolean canMountPrivately(Path dir) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("unshare", "-m", "--", "sh", "-c",
                    "mount -t tmpfs -o size=64k tmpfs '" + dir + "'").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Runs a main class in a child JVM that sees a 256 KB tmpfs at {@code mount} (private to it). */
    private static ChildJvm.Result onTinyDisk(Path mount, List<String> options, String mainClass, List<String> args)
            throws Exception {
        String java = String.join(" ", ChildJvm.command(List.of(), options, ChildJvm.classpath(), mainClass, args)
                .stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        return ChildJvm.run(List.of("unshare", "-m", "--", "sh", "-c",
                "mount -t tmpfs -o size=256k tmpfs '" + mount + "' && exec " + java), null);
    }

    @Test
    void saveOntoAFullDiskFailsCleanly(@TempDir Path dir) throws Exception {
        Path mount = Files.createDirectory(dir.resolve("tiny"));
        assumeTrue(canMountPrivately(mount), "needs root and unshare to mount a tiny tmpfs");
        Path target = mount.resolve("plan.json");

        ChildJvm.Result r = onTinyDisk(mount, List.of("-Xmx128m"), FullDiskSave.class.getName(),
                List.of(target.toString(), "400000"));

        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("ERROR ") && lines.get(0).contains("No space left on device"), r.out());
        assertEquals("TARGET small", lines.get(1), "the old file is intact: " + r.out());
        assertEquals("FILES plan.json", lines.get(2), "no temp file or .bak left behind: " + r.out());
    }

    @Test
    void saveFromTheWindowOntoAFullDiskKeepsTheWorkOnScreenAndInTheRecoveryFile(@TempDir Path dir) throws Exception {
        Path mount = Files.createDirectory(dir.resolve("tiny"));
        assumeTrue(canMountPrivately(mount), "needs root and unshare to mount a tiny tmpfs");
        Path plan = mount.resolve("plan.json");
        Path data = Files.createDirectory(dir.resolve("data"));

        ChildJvm.Result r = onTinyDisk(mount, List.of("-Xmx256m", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.verbose=false"),
                FullDiskWindowSave.class.getName(), List.of(plan.toString(), data.toString()));

        assertEquals(0, r.status(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(6, lines.size(), r.out() + r.err());
        assertEquals("SAVED false", lines.get(0), r.out());
        assertTrue(lines.get(1).startsWith("ERROR Could not save plan.json: ")
                && lines.get(1).contains("No space left on device"), "a clear error: " + r.out());
        assertEquals("SCREEN true", lines.get(2), "the edit is still on screen, unsaved: " + r.out());
        assertEquals("RECOVERY true", lines.get(3), "the recovery file holds the screen's scenario: " + r.out());
        assertEquals("TARGET small", lines.get(4), "the old file is intact: " + r.out());
        assertEquals("FILES " + FullDiskWindowSave.FILLER + ",plan.json", lines.get(5), "no temp file: " + r.out());

        // The window went without a clean exit: the next session is offered exactly the unsaved work.
        Optional<RecoveryStore.Recovered> found = new RecoveryStore(data).findCrashed();
        assertTrue(found.isPresent(), "the recovery file outlived the session in " + data);
        assertEquals(FullDiskWindowSave.edited(), found.get().scenario());
        assertEquals(plan.toAbsolutePath(), found.get().origin());
    }
}
