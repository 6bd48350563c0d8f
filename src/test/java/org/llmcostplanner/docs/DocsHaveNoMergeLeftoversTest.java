package org.llmcostplanner.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Docs are merged by hand more than code; a conflict marker left in one compiles fine but reads badly. */
class DocsHaveNoMergeLeftoversTest {

    @Test
    void markdownFilesHaveNoConflictMarkers() throws IOException {
        List<Path> files;
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            files = Stream.concat(docs.filter(p -> p.toString().endsWith(".md")),
                    Stream.of(Path.of("README.md"), Path.of("BENCHMARKS.md")).filter(Files::exists)).toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            List<String> bad = Files.readAllLines(f).stream()
                    .filter(l -> l.startsWith("<<<<<<< ") || l.startsWith(">>>>>>> ") || l.equals("=======")).toList();
            assertEquals(List.of(), bad, f + " has merge conflict markers");
        }
    }
}
