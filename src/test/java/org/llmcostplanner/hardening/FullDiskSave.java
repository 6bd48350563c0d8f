package org.llmcostplanner.hardening;

import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Child process for the real full-disk test, run inside a private mount namespace on a tiny
 * tmpfs (which the parent cannot see): saves a small scenario, then one too large for the disk,
 * and reports what happened, one line each: ERROR message, TARGET name, FILES names.
 */
public final class FullDiskSave {

    private FullDiskSave() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Scenario small = Scenario.defaults().withName("small");
        Scenario large = small.withName("large").withNotes("x".repeat(Integer.parseInt(args[1])));
        ScenarioFile.save(small, target);
        try {
            ScenarioFile.save(large, target);
            System.out.println("ERROR none");
        } catch (IOException e) {
            System.out.println("ERROR " + e.getMessage());
        }
        System.out.println("TARGET " + ScenarioFile.load(target).name());
        try (Stream<Path> files = Files.list(target.getParent())) {
            System.out.println("FILES " + files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(",")));
        }
    }
}
