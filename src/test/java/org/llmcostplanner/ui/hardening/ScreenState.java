package org.llmcostplanner.ui.hardening;

import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Toggle;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.PlannerWindow;

/**
 * Everything a user could notice changing, in one comparable value: every input property of the
 * view-model, the scenario and the saved scenario, the file and the unsaved mark, the title, and
 * every text, slider, toggle and pane on screen (headline included). Two equal states look and
 * behave the same.
 */
record ScreenState(Map<String, String> model, Map<String, String> screen) {

    /** On the FX thread. */
    static ScreenState of(PlannerWindow window) {
        PlannerViewModel p = window.planner();
        Map<String, String> model = new TreeMap<>();
        for (InputField f : InputField.values()) {
            model.put("input " + f.jsonName(), Double.toString(p.input(f).get()));
        }
        model.put("billing", String.valueOf(p.billingProperty().get()));
        model.put("outputShareOfInput", Double.toString(p.outputShareOfInputProperty().get()));
        model.put("scenario", String.valueOf(p.scenario()));
        model.put("savedScenario", String.valueOf(p.savedScenarioProperty().get()));
        model.put("file", String.valueOf(p.fileProperty().get()));
        model.put("dirty", String.valueOf(p.dirtyProperty().get()));
        model.put("title", window.stage().getTitle());
        Map<String, String> screen = new TreeMap<>();
        walk(window.stage().getScene().getRoot(), "", screen);
        return new ScreenState(model, screen);
    }

    private static void walk(Node node, String path, Map<String, String> out) {
        String here = path + "/" + (node.getId() != null ? node.getId() : node.getClass().getSimpleName())
                + "#" + out.size();
        if (node instanceof Labeled l) {
            out.put(here + " text", l.getText());
        }
        if (node instanceof TextInputControl t) {
            out.put(here + " text", t.getText());
        }
        if (node instanceof Slider s) {
            out.put(here + " value", Double.toString(s.getValue()));
        }
        if (node instanceof Toggle t) {
            out.put(here + " selected", String.valueOf(t.isSelected()));
        }
        if (node instanceof TitledPane t) {
            out.put(here + " expanded", String.valueOf(t.isExpanded()));
        }
        if (node.getId() != null) {
            out.put(here + " visible", String.valueOf(node.isVisible()));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, here, out);
            }
        }
    }
}
