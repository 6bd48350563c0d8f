package org.llmcostplanner.ui.workflow;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The Edit menu (Undo, Redo, Display Currency…) and the keys for them: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (Cmd on a
 * Mac). Also makes each slider drag one undo step.
 */
public final class EditMenu {

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    /** The inputs panel: its number fields undo the planner's inputs, not their own text. */
    private static final String INPUTS_ID = "inputsScroll";

    private EditMenu() {
    }

    public static Menu create(UndoHistory history, Runnable chooseCurrency) {
        MenuItem undo = new MenuItem("_Undo");
        undo.setId("undoMenuItem");
        undo.setAccelerator(UNDO);
        undo.setOnAction(e -> history.undo());
        undo.disableProperty().bind(history.canUndoProperty().not());
        MenuItem redo = new MenuItem("_Redo");
        redo.setId("redoMenuItem");
        redo.setAccelerator(REDO);
        redo.setOnAction(e -> history.redo());
        redo.disableProperty().bind(history.canRedoProperty().not());
        MenuItem currency = new MenuItem("Display _Currency…");
        currency.setId("currencyMenuItem");
        currency.setOnAction(e -> chooseCurrency.run());
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), currency);
        edit.setId("editMenu");
        return edit;
    }

    /**
     * The second redo key, and undo/redo while a number field of the inputs has the focus (a text
     * field would otherwise take Ctrl+Z for its own text, which is not what the user means here).
     */
    public static void installKeys(Scene scene, UndoHistory history) {
        scene.getAccelerators().put(REDO_ALT, history::redo);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!inInputsField(scene.getFocusOwner())) {
                return;
            }
            if (UNDO.match(e)) {
                history.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_ALT.match(e)) {
                history.redo();
                e.consume();
            }
        });
    }

    /** Each slider under {@code root}: a drag (pressed … released) is one undo step. */
    public static void coalesceSliderDrags(Parent root, UndoHistory history) {
        for (Node n : root.lookupAll(".slider")) {
            if (n instanceof Slider slider) {
                slider.valueChangingProperty().addListener((obs, was, now) -> {
                    if (now) {
                        history.beginGesture();
                    } else {
                        history.endGesture();
                    }
                });
            }
        }
    }

    private static boolean inInputsField(Node focused) {
        if (!(focused instanceof TextInputControl)) {
            return false;
        }
        for (Node n = focused; n != null; n = n.getParent()) {
            if (INPUTS_ID.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }
}
