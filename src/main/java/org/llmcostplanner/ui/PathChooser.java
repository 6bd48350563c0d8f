package org.llmcostplanner.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a file; a seam so tests choose paths without native dialogs. */
public interface PathChooser {

    Optional<Path> chooseScenarioToOpen(Window owner, Path current);

    Optional<Path> chooseScenarioToSave(Window owner, Path current, String suggestedName);

    Optional<Path> choosePngToSave(Window owner, String suggestedName);

    /**
     * Where to write an export of the given kind, e.g. ("SVG images", "svg"); the chosen name ends
     * in the extension. (Defaults to the PNG chooser, so older choosers keep working.)
     */
    default Optional<Path> chooseExportTarget(Window owner, String suggestedName, String description,
                                              String extension) {
        return choosePngToSave(owner, suggestedName);
    }

    /**
     * A JSON file to read, e.g. a price file to import. By default the scenario-open dialog, so
     * existing choosers (and tests' queued answers) serve it too.
     */
    default Optional<Path> chooseJsonToOpen(Window owner, String title) {
        return chooseScenarioToOpen(owner, null);
    }
}
