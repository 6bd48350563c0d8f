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
        fill(warningStrip, capacity.warningsProperty().get(), true);
        capacity.warningsProperty().addListener((obs, old, now) -> fill(warningStrip, now, true));
    }

    /**
     * One wrapped "⚠" line per warning (shortened when {@code brief}); the box hides itself when
     * there are none. Existing lines are reused: a warning's numbers follow the volume slider, and
     * new labels would mean new skins and CSS on every step of a drag.
     */
    static void fill(VBox box, List<String> warnings, boolean brief) {
        javafx.collections.ObservableList<javafx.scene.Node> lines = box.getChildren();
        if (lines.size() > warnings.size()) {
            lines.remove(warnings.size(), lines.size());
        }
        while (lines.size() < warnings.size()) {
            lines.add(newLine());
        }
        for (int i = 0; i < warnings.size(); i++) {
            show((Label) lines.get(i), warnings.get(i), brief);
        }
        box.setVisible(!warnings.isEmpty());
        box.setUserData(warnings); // the full texts, for tests
        box.setManaged(!warnings.isEmpty());
    }

    private static Label newLine() {
        Label l = new Label();
        l.setWrapText(true);
        l.getStyleClass().add("analysis-warning");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap, never elide
        return l;
    }

    private static void show(Label line, String warning, boolean brief) {
        String shown = brief ? headline(warning) : warning;
        line.setText("\u26A0  " + shown);
        if (shown.equals(warning)) {
            line.setTooltip(null);
        } else if (line.getTooltip() == null) {
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(warning);
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            line.setTooltip(tip);
        } else {
            line.getTooltip().setText(warning);
        }
    }

    /**
     * A warning's first clause (up to its first colon or semicolon), so the strip stays a line or
     * two tall above the charts; the whole text is in the tooltip and on the Growth &amp; capacity tab.
     */
    static String headline(String warning) {
        int cut = -1;
        for (int i = 0; i < warning.length(); i++) {
            char c = warning.charAt(i);
            if ((c == ':' || c == ';') && i > 20) {
                cut = i;
                break;
            }
        }
        return cut < 0 ? warning : warning.substring(0, cut) + " (details: hover, or the Growth & capacity tab)";
    }
}
