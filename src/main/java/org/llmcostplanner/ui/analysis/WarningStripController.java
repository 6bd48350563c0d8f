package org.llmcostplanner.ui.analysis;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The warning strip under the Planner tab's headline: one line per plausibility warning (the GPU
 * cannot hold the model, the price cannot buy such a GPU, …); hidden when there is none.
 */
public final class WarningStripController {

    @FXML
    private VBox warningStrip;

    void bind(CapacityViewModel capacity) {
        fill(warningStrip, capacity.warningsProperty().get());
        capacity.warningsProperty().addListener((obs, old, now) -> fill(warningStrip, now));
    }

    /** One wrapped "⚠" line per warning; the box hides itself when there are none. */
    static void fill(VBox box, List<String> warnings) {
        box.getChildren().clear();
        for (String w : warnings) {
            Label l = new Label("\u26A0  " + w);
            l.setWrapText(true);
            l.getStyleClass().add("analysis-warning");
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap, never elide
            box.getChildren().add(l);
        }
        box.setVisible(!warnings.isEmpty());
        box.setManaged(!warnings.isEmpty());
    }
}
