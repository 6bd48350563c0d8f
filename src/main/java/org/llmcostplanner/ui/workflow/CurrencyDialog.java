package org.llmcostplanner.ui.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;

import javafx.fxml.FXMLLoader;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.llmcostplanner.ui.PlannerViewModel;

/** Edit → Display Currency…: picks the currency and rate the window shows money in. */
final class CurrencyDialog {

    private CurrencyDialog() {
    }

    static void show(Window owner, PlannerViewModel planner) {
        CurrencyViewModel model = new CurrencyViewModel(planner.presentationProperty().get());
        FXMLLoader loader = new FXMLLoader(CurrencyDialog.class.getResource("CurrencyDialog.fxml"));
        DialogPane pane;
        try {
            pane = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loader.<CurrencyDialogController>getController().bind(model);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Display currency");
        dialog.setDialogPane(pane);
        pane.lookupButton(ButtonType.OK).disableProperty().bind(model.errorProperty().isNotEmpty());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ButtonType.OK) {
                model.result().ifPresent(p -> planner.presentationProperty().set(p.orElse(null)));
            }
        });
        dialog.show();
    }

}
