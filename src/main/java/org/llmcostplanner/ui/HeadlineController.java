package org.llmcostplanner.ui;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Binds the headline figures to the planner's results. */
public final class HeadlineController {

    @FXML
    private Label breakEvenRawLabel;
    @FXML
    private Label breakEvenWithOpsLabel;
    @FXML
    private Label savingsCaptionLabel;
    @FXML
    private Label savingsLabel;
    @FXML
    private Label rawSavingsLabel;
    @FXML
    private Label paybackLabel;
    @FXML
    private Label billingDaysLabel;

    void bind(PlannerViewModel planner) {
        breakEvenRawLabel.textProperty().bind(planner.breakEvenRawTextProperty());
        breakEvenWithOpsLabel.textProperty().bind(planner.breakEvenWithOpsTextProperty());
        savingsCaptionLabel.textProperty().bind(
                Bindings.concat("Savings at ", planner.currentVolumeTextProperty()));
        savingsLabel.textProperty().bind(planner.savingsTextProperty());
        rawSavingsLabel.textProperty().bind(Bindings.concat("GPU only: ", planner.rawSavingsTextProperty()));
        paybackLabel.textProperty().bind(planner.paybackTextProperty());
        billingDaysLabel.textProperty().bind(planner.billingDaysTextProperty());
    }
}
