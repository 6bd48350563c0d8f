package org.llmcostplanner.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.llmcostplanner.chart.ChartKind;

/** Binds the export dialog's controls to its view-model. */
public final class ExportChartDialogController {

    @FXML
    private ComboBox<ChartKind> chartChoice;
    @FXML
    private TextField widthField;
    @FXML
    private TextField heightField;
    @FXML
    private Label exportErrorLabel;

    void bind(ExportChartViewModel model) {
        chartChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChartKind kind) {
                return kind == null ? "" : kind.label();
            }

            @Override
            public ChartKind fromString(String text) {
                return null;
            }
        });
        chartChoice.getItems().setAll(model.charts());
        chartChoice.valueProperty().bindBidirectional(model.chartProperty());
        widthField.textProperty().bindBidirectional(model.widthTextProperty());
        heightField.textProperty().bindBidirectional(model.heightTextProperty());
        exportErrorLabel.textProperty().bind(model.errorProperty());
        exportErrorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
    }
}
