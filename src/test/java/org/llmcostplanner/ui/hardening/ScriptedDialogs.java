package org.llmcostplanner.ui.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.llmcostplanner.ui.ExportRequest;
import org.llmcostplanner.ui.FxDialogs;
import org.llmcostplanner.ui.UserDialogs;

/**
 * The window's dialogs for tests: errors go to the real toolkit dialog (so a test sees what a
 * user sees) and are recorded; the questions that would block a headless test (unsaved changes,
 * export size) are answered from the script.
 */
final class ScriptedDialogs implements UserDialogs {

    /** One error the window reported. */
    record Shown(String header, String message) {
    }

    private final FxDialogs real = new FxDialogs();
    private final List<Shown> errors = new ArrayList<>();
    private volatile UnsavedChoice unsavedAnswer = UnsavedChoice.DISCARD;
    private volatile ExportRequest exportAnswer;
    private int unsavedQuestions;

    void answerUnsavedChanges(UnsavedChoice choice) {
        unsavedAnswer = choice;
    }

    void answerExport(ExportRequest request) {
        exportAnswer = request;
    }

    synchronized List<Shown> errors() {
        return List.copyOf(errors);
    }

    synchronized void clearErrors() {
        errors.clear();
    }

    synchronized int unsavedQuestions() {
        return unsavedQuestions;
    }

    @Override
    public synchronized UnsavedChoice askAboutUnsavedChanges(Window owner, String scenarioName) {
        unsavedQuestions++;
        return unsavedAnswer;
    }

    @Override
    public void showError(Window owner, String header, String message) {
        synchronized (this) {
            errors.add(new Shown(header, message));
        }
        real.showError(owner, header, message);
    }

    @Override
    public Optional<ExportRequest> askExport(Window owner, ExportRequest initial) {
        return Optional.ofNullable(exportAnswer);
    }
}
