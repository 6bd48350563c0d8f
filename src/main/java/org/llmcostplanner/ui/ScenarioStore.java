package org.llmcostplanner.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.llmcostplanner.io.ScenarioDocument;
import org.llmcostplanner.model.Scenario;

/** Where the window's scenarios come from and go to ({@link FileScenarioStore}: the io package). */
public interface ScenarioStore {

    /** The scenario File → New opens: the seed-article preset. */
    Scenario newScenario();

    /** Reads a scenario file; a bad file throws with one line naming the JSON path and the problem. */
    Scenario load(Path file) throws IOException, ScenarioLoadException;

    /** Writes a scenario file atomically. */
    void save(Scenario scenario, Path file) throws IOException;

    /** File → New as a whole document: the seed preset with its recorded ranges and deployment. */
    default ScenarioDocument newDocument() {
        return ScenarioDocument.of(newScenario());
    }

    /** The whole file: scenario and v2 sections (currency, ranges, deployment), so a save keeps them. */
    default ScenarioDocument loadDocument(Path file) throws IOException, ScenarioLoadException {
        return ScenarioDocument.of(load(file));
    }

    /** Writes a document (scenario and its v2 sections) atomically. */
    default void save(ScenarioDocument document, Path file) throws IOException {
        save(document.scenario(), file);
    }

    /** A file that cannot be used as a scenario; the message names the field and what is wrong. */
    final class ScenarioLoadException extends Exception {
        private static final long serialVersionUID = 1L;

        public ScenarioLoadException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
