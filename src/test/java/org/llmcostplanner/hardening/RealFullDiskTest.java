package org.llmcostplanner.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A really full disk, not an injected error: a 256 KB tmpfs mounted in a private mount namespace
 * (unshare -m, so nothing leaks to the machine; needs root, as in CI), and a 400 KB save onto it.
 * The error is the system's own "No space left on device", the old file is intact, and no temp
 * file is left to fill the disk further. Skipped where it cannot run (not root, no unshare).
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

    @Test
    void saveOntoAFullDiskFailsCleanly(@TempDir Path dir) throws Exception {
        Path mount = Files.createDirectory(dir.resolve("tiny"));
        assumeTrue(canMountPrivately(mount), "needs root and unshare to mount a tiny tmpfs");
        Path target = mount.resolve("plan.json");
        String java = String.join(" ", ChildJvm.command(List.of(), List.of("-Xmx128m"), ChildJvm.classpath(),
                FullDiskSave.class.getName(), List.of(target.toString(), "400000")).stream()
                .map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        List<String> cmd = List.of("unshare", "-m", "--", "sh", "-c",
                "mount -t tmpfs -o size=256k tmpfs '" + mount + "' && exec " + java);

        ChildJvm.Result r = ChildJvm.run(cmd, null);

        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("ERROR ") && lines.get(0).contains("No space left on device"), r.out());
        assertEquals("TARGET small", lines.get(1), "the old file is intact: " + r.out());
        assertEquals("FILES plan.json", lines.get(2), "no temp file or .bak left behind: " + r.out());
    }
}
