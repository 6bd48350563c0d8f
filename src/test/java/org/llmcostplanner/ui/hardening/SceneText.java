package org.llmcostplanner.ui.hardening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Reads every text in every open window, as a user would, for figures that are not numbers:
 * "NaN", "Infinity", "∞", and headline values that are empty. What the user typed is theirs to
 * see: a number field whose row shows an error may hold junk, and an error message may quote it.
 * One walk over the scene graph per call (it runs after every monkey action).
 */
final class SceneText {

    private static final List<String> FORBIDDEN = List.of("NaN", "Infinity", "\u221e");
    /** The user's own text, quoted back in an error message. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final String FIELD = "Field";
    private static final String ERROR = "Error";

    private SceneText() {
    }

    /** What one walk found. */
    private static final class Found {
        final List<String> problems = new ArrayList<>();
        final Map<String, Labeled> labelsById = new HashMap<>();
        final List<TextInputControl> fields = new ArrayList<>();
    }

    /** On the FX thread: one line per problem, empty when every text is fine. */
    static List<String> problems() {
        Found found = new Found();
        for (Window w : Window.getWindows()) {
            if (!w.isShowing() || w.getScene() == null) {
                continue;
            }
            if (w instanceof Stage stage) {
                check("window title", stage.getTitle(), found.problems);
            }
            walk(w.getScene().getRoot(), false, found);
        }
        for (TextInputControl field : found.fields) {
            // Junk the user typed stays visible (with its error) until corrected; otherwise the
            // field shows a value the window formatted, which must be a number.
            if (!showsError(field, found)) {
                check("#" + field.getId(), field.getText(), found.problems);
            }
        }
        for (String id : Headline.LABEL_IDS) {
            Labeled l = found.labelsById.get(id);
            if (l == null || l.getText() == null || l.getText().isBlank()) {
                found.problems.add("headline " + id + " is empty or missing");
            }
        }
        return found.problems;
    }

    private static void walk(Node node, boolean insideErrorLabel, Found found) {
        String id = node.getId();
        if (node instanceof TextInputControl field) {
            found.fields.add(field);
            return;
        }
        boolean errorLabel = insideErrorLabel;
        if (node instanceof Labeled l) {
            if (id != null) {
                found.labelsById.put(id, l);
            }
            errorLabel = id != null && id.endsWith(ERROR);
            String text = l.getText();
            if (errorLabel && text != null) {
                text = QUOTED.matcher(text).replaceAll("\"…\"");
            }
            check(id != null ? "#" + id : node.getClass().getSimpleName(), text, found.problems);
        } else if (node instanceof Text t && !insideErrorLabel) {
            check(node.getClass().getSimpleName() + " in " + node.getParent(), t.getText(), found.problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, errorLabel, found);
            }
        }
    }

    private static boolean showsError(TextInputControl field, Found found) {
        String id = field.getId();
        if (id == null || !id.endsWith(FIELD)) {
            return false;
        }
        Labeled error = found.labelsById.get(id.substring(0, id.length() - FIELD.length()) + ERROR);
        return error instanceof Label l && l.isVisible() && !l.getText().isEmpty();
    }

    private static void check(String where, String text, List<String> problems) {
        if (text == null) {
            return;
        }
        for (String bad : FORBIDDEN) {
            if (text.contains(bad)) {
                problems.add(where + " shows \"" + text + "\"");
                return;
            }
        }
    }
}
