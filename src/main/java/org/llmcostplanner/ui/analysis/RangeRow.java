package org.llmcostplanner.ui.analysis;

import java.util.OptionalDouble;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.ui.NumberText;

/**
 * One editable low/high range of an input. Typed text becomes a {@link InputRange} only when both
 * ends are valid for the input and low ≤ high; otherwise the row says why, naming the input and
 * what is allowed, and the last valid range stays in use.
 */
public final class RangeRow {

    private final InputField input;
    private final StringProperty lowText = new SimpleStringProperty(this, "lowText");
    private final StringProperty highText = new SimpleStringProperty(this, "highText");
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<InputRange> range = new ReadOnlyObjectWrapper<>(this, "range");

    public RangeRow(InputRange initial) {
        this.input = initial.input();
        range.set(initial);
        lowText.set(NumberText.format(initial.low()));
        highText.set(NumberText.format(initial.high()));
        lowText.addListener((obs, old, now) -> parse());
        highText.addListener((obs, old, now) -> parse());
    }

    public InputField input() {
        return input;
    }

    public String label() {
        return input.label() + " (" + input.unit() + ")";
    }

    public StringProperty lowTextProperty() {
        return lowText;
    }

    public StringProperty highTextProperty() {
        return highText;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last valid range typed. */
    public ReadOnlyObjectProperty<InputRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    private void parse() {
        OptionalDouble lo = NumberText.parse(lowText.get());
        OptionalDouble hi = NumberText.parse(highText.get());
        if (lo.isEmpty() || hi.isEmpty()) {
            error.set(input.label() + ": \"" + (lo.isEmpty() ? lowText.get() : highText.get()) + "\" is not a number");
            return;
        }
        try {
            range.set(new InputRange(input, lo.getAsDouble(), hi.getAsDouble()));
            error.set("");
        } catch (IllegalArgumentException e) {
            String why = e.getMessage().replace(input.path(), input.label());
            error.set(why);
        }
    }
}
