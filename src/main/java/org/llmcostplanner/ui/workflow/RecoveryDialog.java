package org.llmcostplanner.ui.workflow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks whether to restore the unsaved work a crashed session left: Restore or Discard. */
final class RecoveryDialog {

    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private RecoveryDialog() {
    }

    /**
     * Shows the question without blocking (the window stays usable behind it) and hands the
     * answer on: true = restore, false = discard. Closing the dialog decides nothing, so the work
     * is offered again next time.
     */
    static void ask(Window owner, RecoveryStore.Recovered r, Consumer<Boolean> answer) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .format(r.savedAt().toInstant().atZone(ZoneId.systemDefault()));
        String what = r.origin() == null ? "a new, never saved scenario" : r.origin().toString();
        String name = r.scenario().name().isBlank() ? "Untitled" : r.scenario().name();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "The planner did not close normally last time. Unsaved changes to \"" + name + "\" ("
                        + what + ") were kept at " + when + ".\n\nRestore them (they stay unsaved until you save), "
                        + "or discard them?", RESTORE, DISCARD);
        alert.initOwner(owner);
        alert.setTitle("LLM Cost Planner");
        alert.setHeaderText("Restore unsaved work?");
        alert.getDialogPane().setId("recoveryDialog");
        alert.getDialogPane().setMinWidth(520);
        alert.setOnHidden(e -> {
            ButtonType chosen = alert.getResult();
            if (chosen == RESTORE) {
                answer.accept(true);
            } else if (chosen == DISCARD) {
                answer.accept(false);
            }
        });
        alert.show();
    }
}
