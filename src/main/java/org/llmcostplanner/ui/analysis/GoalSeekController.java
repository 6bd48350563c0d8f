package org.llmcostplanner.ui.analysis;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import org.llmcostplanner.model.InputField;

/** Binds the goal seek panel to its view-model. */
public final class GoalSeekController {

    @FXML
    private Region goalSeekRoot;
    @FXML
    private ComboBox<InputField> goalInputChoice;
    @FXML
    private ComboBox<GoalSeekViewModel.TargetKind> goalTargetChoice;
    @FXML
    private TextField goalTargetField;
    @FXML
    private TextField goalVolumeField;
    @FXML
    private Label goalVolumeLabel;
    @FXML
    private Button goalSolveButton;
    @FXML
    private Button goalApplyButton;
    @FXML
    private Label goalResultLabel;
    @FXML
    private Label goalErrorLabel;

    void bind(GoalSeekViewModel vm) {
        TabActivity.follow(goalSeekRoot, vm.activeProperty());
        InputChoices.fill(goalInputChoice);
        goalInputChoice.valueProperty().bindBidirectional(vm.inputProperty());
        goalTargetChoice.getItems().setAll(GoalSeekViewModel.TargetKind.values());
        goalTargetChoice.valueProperty().bindBidirectional(vm.targetKindProperty());
        goalTargetField.textProperty().bindBidirectional(vm.targetTextProperty());
        goalVolumeField.textProperty().bindBidirectional(vm.volumeTextProperty());
        goalVolumeField.disableProperty().bind(vm.targetKindProperty().isEqualTo(GoalSeekViewModel.TargetKind.BREAK_EVEN));
        goalVolumeLabel.disableProperty().bind(goalVolumeField.disableProperty());
        goalResultLabel.textProperty().bind(vm.resultTextProperty());
        goalErrorLabel.textProperty().bind(vm.errorProperty());
        goalErrorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        goalErrorLabel.managedProperty().bind(goalErrorLabel.visibleProperty());
        goalApplyButton.disableProperty().bind(vm.canApplyProperty().not());
        goalSolveButton.setOnAction(e -> vm.solve());
        goalTargetField.setOnAction(e -> vm.solve());
        goalVolumeField.setOnAction(e -> vm.solve());
        goalApplyButton.setOnAction(e -> vm.apply());
    }
}
