package org.llmcostplanner.ui.analysis;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The warning strip under the Planner tab's headline: one line per plausibility warning (the GPU
 * cannot hold the model, the price cannot buy such a GPU, …); hidden when there is none.
 */
public final class WarningStripController {

    /** Digits with their separators: what differs between two texts of the same warning. */
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.,]*");

    @FXML
    private VBox warningStrip;

    void bind(CapacityViewModel capacity) {
        fill(warningStrip, capacity.warningsProperty().get(), true);
        capacity.warningsProperty().addListener((obs, old, now) -> fill(warningStrip, now, true));
    }

    /**
     * One wrapped "⚠" line per warning (shortened when {@code brief}); the box hides itself when
     * there are none. Lines are reused, never rebuilt: a warning's numbers follow the volume
     * slider, and new labels would mean new skins and CSS on every step of a drag. A warning that
     * is still there keeps its own line even when another one comes or goes before it: reassigned
     * by position, every line below a new warning got its neighbour's text, so each one had its
     * text laid out and painted again (the slowest steps of the redraw benchmark), and a tooltip
     * under the pointer changed to another warning's.
     */
    static void fill(VBox box, List<String> warnings, boolean brief) {
        ObservableList<Node> lines = box.getChildren();
        List<Label> ordered = reuseLines(lines, warnings);
        if (!lines.equals(ordered)) {
            lines.setAll(ordered);
        }
        for (int i = 0; i < warnings.size(); i++) {
            show(ordered.get(i), warnings.get(i), brief);
        }
        box.setVisible(!warnings.isEmpty());
        box.setUserData(warnings); // the full texts, for tests
        box.setManaged(!warnings.isEmpty());
    }

    /**
     * The line for each warning, in the warnings' order: the line already showing exactly that
     * warning if there is one; else one showing the same warning with other numbers (its price or
     * volume moved); else a line left over, in its old order; else a new one.
     */
    private static List<Label> reuseLines(List<Node> lines, List<String> warnings) {
        List<Label> free = new ArrayList<>();
        for (Node n : lines) {
            free.add((Label) n);
        }
        Label[] chosen = new Label[warnings.size()];
        claim(chosen, free, warnings, UnaryOperator.identity());
        claim(chosen, free, warnings, WarningStripController::withoutNumbers);
        Iterator<Label> rest = free.iterator();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] == null) {
                chosen[i] = rest.hasNext() ? rest.next() : newLine();
            }
        }
        return List.of(chosen);
    }

    /** Gives each warning still without a line the free line whose warning has the same {@code key}. */
    private static void claim(Label[] chosen, List<Label> free, List<String> warnings,
            UnaryOperator<String> key) {
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] != null) {
                continue;
            }
            String wanted = key.apply(warnings.get(i));
            for (Iterator<Label> it = free.iterator(); it.hasNext();) {
                Label line = it.next();
                if (line.getUserData() instanceof String shown && wanted.equals(key.apply(shown))) {
                    chosen[i] = line;
                    it.remove();
                    break;
                }
            }
        }
    }

    private static String withoutNumbers(String warning) {
        return NUMBER.matcher(warning).replaceAll("#");
    }

    private static Label newLine() {
        Label l = new Label();
        l.setWrapText(true);
        l.getStyleClass().add("analysis-warning");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE); // wrap, never elide
        return l;
    }

    private static void show(Label line, String warning, boolean brief) {
        line.setUserData(warning); // which warning the line shows, for reuseLines
        String shown = brief ? headline(warning) : warning;
        line.setText("\u26A0  " + shown);
        if (shown.equals(warning)) {
            line.setTooltip(null);
        } else if (line.getTooltip() == null) {
            Tooltip tip = new Tooltip(warning);
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
