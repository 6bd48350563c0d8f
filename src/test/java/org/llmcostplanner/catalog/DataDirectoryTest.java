package org.llmcostplanner.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final String HOME = "/home/ada";

    @Test
    void systemPropertyWinsEverywhere() {
        assertEquals(Path.of("/tmp/planner"),
                DataDirectory.resolve(" /tmp/planner ", "Windows 11", HOME, env(Map.of("APPDATA", "C:/x"))));
    }

    @Test
    void linuxUsesXdgDataHomeWhenSetAndAbsolute() {
        assertEquals(Path.of("/data/xdg/llm-cost-planner"),
                DataDirectory.resolve(null, "Linux", HOME, env(Map.of("XDG_DATA_HOME", "/data/xdg"))));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetOrRelative() {
        Path expected = Path.of(HOME, ".local", "share", "llm-cost-planner");
        assertEquals(expected, DataDirectory.resolve(null, "Linux", HOME, env(Map.of())));
        assertEquals(expected, DataDirectory.resolve(null, "Linux", HOME, env(Map.of("XDG_DATA_HOME", "relative/dir"))));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/ada/AppData/Roaming", "LLM Cost Planner"),
                DataDirectory.resolve(null, "Windows 10", HOME, env(Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"))));
        assertEquals(Path.of(HOME, "AppData", "Roaming", "LLM Cost Planner"),
                DataDirectory.resolve(null, "Windows 10", HOME, env(Map.of())));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of(HOME, "Library", "Application Support", "LLM Cost Planner"),
                DataDirectory.resolve("", "Mac OS X", HOME, env(Map.of("XDG_DATA_HOME", "/ignored"))));
    }

    private static UnaryOperator<String> env(Map<String, String> vars) {
        return vars::get;
    }
}
