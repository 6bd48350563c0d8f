package org.llmcostplanner.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Binds the export dialog's controls to its view-model. */
public final class ExportChartDialogController {

    @FXML
    private ComboBox<String> chartChoice;
    @FXML
    private TextField widthField;
    @FXML
    private TextField heightField;
    @FXML
    private Label exportErrorLabel;

    void bind(ExportChartViewModel model) {
        chartChoice.getItems().setAll(model.chartNames());
        chartChoice.getSelectionModel().select(model.chartIndexProperty().get());
        chartChoice.getSelectionModel().selectedIndexProperty().addListener(
                (obs, old, now) -> model.chartIndexProperty().set(now.intValue()));
        widthField.textProperty().bindBidirectional(model.widthTextProperty());
        heightField.textProperty().bindBidirectional(model.heightTextProperty());
        exportErrorLabel.textProperty().bind(model.errorProperty());
        exportErrorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
    }
}
