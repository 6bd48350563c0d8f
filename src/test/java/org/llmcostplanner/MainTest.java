package org.llmcostplanner;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which arguments open the window and which go to the command line. */
class MainTest {

    @Test
    void noArgumentsOpenTheWindow() {
        assertTrue(Main.opensWindow(new String[0]));
    }

    @Test
    void oneExistingFileOpensTheWindowOnIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plan.llmcp"), "{}");
        assertTrue(Main.opensWindow(new String[] {file.toString()}));
    }

    @Test
    void commandsOptionsAndMissingFilesGoToTheCommandLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plan.json"), "{}");
        assertFalse(Main.opensWindow(new String[] {"report", file.toString()}));
        assertFalse(Main.opensWindow(new String[] {"--help"}));
        assertFalse(Main.opensWindow(new String[] {"catalog"}));
        assertFalse(Main.opensWindow(new String[] {dir.resolve("missing.json").toString()}));
        assertFalse(Main.opensWindow(new String[] {dir.toString()}), "a folder is not a scenario file");
    }
}
