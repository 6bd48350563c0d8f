package org.llmcostplanner.ui;

import java.util.Optional;
import javafx.stage.Window;

/** The questions and messages the window puts to the user; a seam so flows are testable. */
public interface UserDialogs {

    /** What to do with unsaved changes before they would be lost. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    UnsavedChoice askAboutUnsavedChanges(Window owner, String scenarioName);

    void showError(Window owner, String header, String message);

    /** Which chart to export and at what size; empty when cancelled. */
    Optional<ExportRequest> askExport(Window owner, ExportRequest initial);
}
