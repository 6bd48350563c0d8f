package org.llmcostplanner.ui.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    private final Preferences node = new MemoryPreferences().node("recentFiles");

    @Test
    void mostRecentFirstWithoutDuplicatesAndAtMostTen() {
        RecentFiles recent = new RecentFiles(node);
        IntStream.rangeClosed(1, 12).forEach(i -> recent.add(Path.of("/plans/p" + i + ".json")));
        recent.add(Path.of("/plans/p5.json"));

        assertEquals(RecentFiles.MAX, recent.files().size());
        assertEquals(Path.of("/plans/p5.json"), recent.files().get(0));
        assertEquals(Path.of("/plans/p12.json"), recent.files().get(1));
        assertEquals(1, recent.files().stream().filter(p -> p.endsWith("p5.json")).count());
        assertTrue(recent.files().stream().noneMatch(p -> p.endsWith("p1.json") || p.endsWith("p2.json")),
                "the oldest fell off: " + recent.files());
    }

    @Test
    void rememberedByTheNextRunReadingTheSameNode() {
        RecentFiles first = new RecentFiles(node);
        first.add(Path.of("/plans/a.json"));
        first.add(Path.of("/plans/b.json"));
        assertEquals(List.of(Path.of("/plans/b.json"), Path.of("/plans/a.json")), new RecentFiles(node).files());

        first.remove(Path.of("/plans/b.json"));
        assertEquals(List.of(Path.of("/plans/a.json")), new RecentFiles(node).files());
        first.clear();
        assertEquals(List.of(), new RecentFiles(node).files());
    }
}
