package org.llmcostplanner.ui.analysis;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.llmcostplanner.analysis.Precision;

/** The Growth & capacity tab: growth figures on the left, the deployment check on the right. */
public final class GrowthCapacityController {

    @FXML
    private Region growthCapacityRoot;
    @FXML
    private TextField growthField;
    @FXML
    private Label growthError;
    @FXML
    private Label firstCheaperLabel;
    @FXML
    private Label growthPaybackLabel;
    @FXML
    private Label cumulative12Label;
    @FXML
    private Label cumulative24Label;
    @FXML
    private Label cumulative36Label;
    @FXML
    private TextField modelNameField;
    @FXML
    private TextField parametersField;
    @FXML
    private ComboBox<Precision> precisionChoice;
    @FXML
    private TextField gpuNameField;
    @FXML
    private TextField gpuMemoryField;
    @FXML
    private Spinner<Integer> gpusPerInstanceSpinner;
    @FXML
    private Button inferButton;
    @FXML
    private Label capacityError;
    @FXML
    private Label memoryLabel;
    @FXML
    private Label fitLabel;
    @FXML
    private Label instancesLabel;
    @FXML
    private VBox capacityWarnings;

    void bind(GrowthViewModel growth, CapacityViewModel capacity) {
        TabActivity.follow(growthCapacityRoot, growth.activeProperty());
        growthField.textProperty().bindBidirectional(growth.growthTextProperty());
        bindError(growthError, growth.errorProperty());
        firstCheaperLabel.textProperty().bind(growth.firstCheaperTextProperty());
        growthPaybackLabel.textProperty().bind(growth.paybackTextProperty());
        cumulative12Label.textProperty().bind(growth.after12TextProperty());
        cumulative24Label.textProperty().bind(growth.after24TextProperty());
        cumulative36Label.textProperty().bind(growth.after36TextProperty());

        modelNameField.textProperty().bindBidirectional(capacity.modelNameProperty());
        parametersField.textProperty().bindBidirectional(capacity.parametersTextProperty());
        precisionChoice.getItems().setAll(Precision.values());
        precisionChoice.valueProperty().bindBidirectional(capacity.precisionProperty());
        gpuNameField.textProperty().bindBidirectional(capacity.gpuNameProperty());
        gpuMemoryField.textProperty().bindBidirectional(capacity.gpuMemoryTextProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory gpus = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 64,
                capacity.gpusPerInstanceProperty().get());
        gpusPerInstanceSpinner.setValueFactory(gpus);
        gpus.valueProperty().addListener((obs, old, now) -> capacity.gpusPerInstanceProperty().set(now));
        capacity.gpusPerInstanceProperty().addListener((obs, old, now) -> gpus.setValue(now.intValue()));
        inferButton.setOnAction(e -> capacity.inferFromScenario());
        bindError(capacityError, capacity.errorProperty());
        memoryLabel.textProperty().bind(capacity.memoryTextProperty());
        fitLabel.textProperty().bind(capacity.fitTextProperty());
        instancesLabel.textProperty().bind(capacity.instancesTextProperty());
        WarningStripController.fill(capacityWarnings, capacity.warningsProperty().get(), false);
        capacity.warningsProperty().addListener((obs, old, now) -> WarningStripController.fill(capacityWarnings, now, false));
    }

    private static void bindError(Label label, javafx.beans.value.ObservableStringValue error) {
        label.textProperty().bind(error);
        label.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(error));
        label.managedProperty().bind(label.visibleProperty());
    }
}
