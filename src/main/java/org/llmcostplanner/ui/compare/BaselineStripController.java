package org.llmcostplanner.ui.compare;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The strip under the headline that says how the scenario differs from the pinned baseline. */
public final class BaselineStripController {

    @FXML
    private HBox baselineStrip;
    @FXML
    private Label baselineTitleLabel;
    @FXML
    private Label baselineBreakEvenRawLabel;
    @FXML
    private Label baselineBreakEvenWithOpsLabel;
    @FXML
    private Label baselineSavingsLabel;
    @FXML
    private Label baselineSavingsCaption;
    @FXML
    private Button clearBaselineButton;

    void bind(BaselineViewModel baseline) {
        baselineStrip.visibleProperty().bind(baseline.pinnedProperty());
        baselineStrip.managedProperty().bind(baseline.pinnedProperty());
        baselineTitleLabel.textProperty().bind(baseline.titleProperty());
        baselineBreakEvenRawLabel.textProperty().bind(baseline.breakEvenRawTextProperty());
        baselineBreakEvenWithOpsLabel.textProperty().bind(baseline.breakEvenWithOpsTextProperty());
        baselineSavingsLabel.textProperty().bind(baseline.savingsTextProperty());
        baselineSavingsCaption.textProperty().bind(baseline.savingsCaptionProperty());
        clearBaselineButton.setOnAction(e -> baseline.clear());
    }
}
