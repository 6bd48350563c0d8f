package org.llmcostplanner.ui.analysis;

import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.llmcostplanner.model.InputField;

/** Combo boxes of inputs, shown by their labels and units. */
final class InputChoices {

    private InputChoices() {
    }

    static void fill(ComboBox<InputField> box) {
        box.getItems().setAll(InputField.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(InputField f) {
                return f == null ? "" : f.label() + " (" + f.unit() + ")";
            }

            @Override
            public InputField fromString(String s) {
                return box.getItems().stream().filter(f -> toString(f).equals(s)).findFirst().orElse(null);
            }
        });
        box.setVisibleRowCount(14);
    }
}
