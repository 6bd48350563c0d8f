package org.llmcostplanner.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** The toolkit's dialogs for {@link UserDialogs}. */
public final class FxDialogs implements UserDialogs {

    @Override
    public UnsavedChoice askAboutUnsavedChanges(Window owner, String scenarioName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(PlannerViewModel.APP_NAME);
        alert.setHeaderText("Save changes to \"" + scenarioName + "\"?");
        alert.getDialogPane().setId("unsavedChangesDialog");
        ButtonType choice = alert.showAndWait().orElse(ButtonType.CANCEL);
        return choice == save ? UnsavedChoice.SAVE : choice == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public void showError(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(PlannerViewModel.APP_NAME);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("errorDialog");
        alert.getDialogPane().setMinWidth(480);
        alert.show();
    }

    @Override
    public Optional<ExportRequest> askExport(Window owner, ExportRequest initial) {
        ExportChartViewModel model = new ExportChartViewModel(initial);
        FXMLLoader loader = new FXMLLoader(FxDialogs.class.getResource("ExportChartDialog.fxml"));
        DialogPane pane;
        try {
            pane = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loader.<ExportChartDialogController>getController().bind(model);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export chart");
        dialog.setDialogPane(pane);
        pane.lookupButton(ButtonType.OK).disableProperty().bind(model.errorProperty().isNotEmpty());
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).flatMap(b -> model.request());
    }
}
