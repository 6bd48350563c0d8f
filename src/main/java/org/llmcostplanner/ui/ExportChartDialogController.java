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
    @FXML
    private ComboBox<ExportRequest.Format> formatChoice;
    @FXML
    private ComboBox<Integer> scaleChoice;
    @FXML
    private Label pixelSizeLabel;

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
        formatChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportRequest.Format f) {
                return f == null ? "" : f.label();
            }

            @Override
            public ExportRequest.Format fromString(String text) {
                return null;
            }
        });
        formatChoice.getItems().setAll(model.formats());
        formatChoice.valueProperty().bindBidirectional(model.formatProperty());
        scaleChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s == null ? "" : s + "\u00d7";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        scaleChoice.getItems().setAll(ExportChartViewModel.SCALES);
        scaleChoice.valueProperty().bindBidirectional(model.scaleProperty());
        var png = model.formatProperty().isEqualTo(ExportRequest.Format.PNG);
        var csv = model.formatProperty().isEqualTo(ExportRequest.Format.CSV);
        scaleChoice.disableProperty().bind(png.not());
        widthField.disableProperty().bind(csv);
        heightField.disableProperty().bind(csv);
        chartChoice.disableProperty().bind(csv);
        pixelSizeLabel.textProperty().bind(model.pixelSizeProperty());
        exportErrorLabel.textProperty().bind(model.errorProperty());
        exportErrorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
    }
}
