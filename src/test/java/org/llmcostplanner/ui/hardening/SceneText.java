package org.llmcostplanner.ui.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
 */
final class SceneText {

    private static final List<String> FORBIDDEN = List.of("NaN", "Infinity", "\u221e");
    /** The user's own text, quoted back in an error message. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    private SceneText() {
    }

    /** On the FX thread: one line per problem, empty when every text is fine. */
    static List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (!w.isShowing() || w.getScene() == null) {
                continue;
            }
            if (w instanceof Stage stage) {
                check("window title", stage.getTitle(), problems);
            }
            walk(w.getScene(), w.getScene().getRoot(), problems);
        }
        for (String id : Headline.LABEL_IDS) {
            for (Window w : Window.getWindows()) {
                Node n = w.getScene() == null ? null : w.getScene().lookup("#" + id);
                if (n instanceof Label l && (l.getText() == null || l.getText().isBlank())) {
                    problems.add("headline " + id + " is empty");
                }
            }
        }
        return problems;
    }

    private static void walk(Scene scene, Node node, List<String> problems) {
        String where = node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName();
        if (node instanceof TextInputControl field) {
            // Junk the user typed stays visible (with its error) until corrected; otherwise the
            // field shows a value the window formatted, which must be a number.
            if (!showsError(scene, field)) {
                check(where, field.getText(), problems);
            }
            return;
        }
        if (node instanceof Labeled l) {
            String text = l.getText();
            if (node.getId() != null && node.getId().endsWith("Error") && text != null) {
                text = QUOTED.matcher(text).replaceAll("\"…\"");
            }
            check(where, text, problems);
        } else if (node instanceof Text t && !(node.getParent() != null && isErrorLabelPart(node))) {
            check(where, t.getText(), problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(scene, child, problems);
            }
        }
    }

    /** A Text node that is the skin of an error label (checked through its label instead). */
    private static boolean isErrorLabelPart(Node text) {
        for (Node n = text.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Labeled) {
                return n.getId() != null && n.getId().endsWith("Error");
            }
        }
        return false;
    }

    private static boolean showsError(Scene scene, TextInputControl field) {
        String id = field.getId();
        if (id == null || !id.endsWith("Field")) {
            return false;
        }
        Node error = scene.lookup("#" + id.substring(0, id.length() - "Field".length()) + "Error");
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
