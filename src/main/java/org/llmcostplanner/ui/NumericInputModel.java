package org.llmcostplanner.ui;

import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The view-model of one input row: a slider and a number field showing one value. Text is checked
 * as it is typed and reaches the value only when committed and valid; slider positions are mapped
 * through the row's {@link SliderScale}. The slider never writes a clamped value back: a value
 * beyond the slider's span (typed in the field) stays as typed.
 */
public final class NumericInputModel {

    private final String id;
    private final String label;
    private final String unit;
    private final String tooltip;
    private final DoubleProperty value;
    private final DoubleFunction<String> checker;
    private final SliderScale scale;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final DoubleProperty sliderPosition = new SimpleDoubleProperty(this, "sliderPosition");
    private BooleanExpression relevant = new SimpleBooleanProperty(this, "relevant", true);
    private boolean showing;

    /**
     * @param value   the view-model property this row edits (shared, not copied)
     * @param checker null when a value is allowed, else what is wrong, naming the allowed range
     */
    public NumericInputModel(String id, String label, String unit, String tooltip, DoubleProperty value,
                             DoubleFunction<String> checker, SliderScale scale) {
        this.id = id;
        this.label = label;
        this.unit = unit;
        this.tooltip = tooltip;
        this.value = value;
        this.checker = checker;
        this.scale = scale;
        value.addListener((obs, old, now) -> show());
        sliderPosition.addListener((obs, old, now) -> onSliderMoved(now.doubleValue()));
        text.addListener((obs, old, now) -> onTextEdited(now));
        show();
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public String tooltip() {
        return tooltip;
    }

    /** Whether the input matters under the current choices (e.g. hourly rate only for hourly billing). */
    public BooleanExpression relevantProperty() {
        return relevant;
    }

    public NumericInputModel relevantWhen(BooleanExpression condition) {
        this.relevant = condition;
        return this;
    }

    public SliderScale scale() {
        return scale;
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Empty when the text is fine, else a message naming the input and the allowed range. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public DoubleProperty sliderPositionProperty() {
        return sliderPosition;
    }

    /** What is wrong with this text as a value of this input, or null when it is allowed. */
    public String problemWith(String typed) {
        OptionalDouble parsed = NumberText.parse(typed);
        if (parsed.isEmpty()) {
            return label + ": \"" + (typed == null ? "" : typed.strip()) + "\" is not a number";
        }
        String problem = checker.apply(parsed.getAsDouble());
        return problem == null ? null : label + ": " + problem;
    }

    /**
     * Takes the typed text as the new value when it is valid; otherwise keeps the value and shows
     * why. Text that still shows the current value commits nothing, so leaving a field untouched
     * never rounds the value to its displayed digits.
     */
    public boolean commit() {
        String typed = text.get();
        if (typed.equals(NumberText.format(value.get()))) {
            error.set("");
            return true;
        }
        String problem = problemWith(typed);
        if (problem != null) {
            error.set(problem);
            return false;
        }
        value.set(NumberText.parse(typed).getAsDouble());
        show();
        return true;
    }

    private void show() {
        showing = true;
        try {
            text.set(NumberText.format(value.get()));
            sliderPosition.set(scale.toPosition(value.get()));
            error.set("");
        } finally {
            showing = false;
        }
    }

    private void onSliderMoved(double position) {
        if (showing) {
            return;
        }
        double v = NumberText.roundForSlider(scale.toValue(position));
        if (checker.apply(v) == null) {
            value.set(v);
        }
        show();
    }

    private void onTextEdited(String typed) {
        if (!showing) {
            String problem = problemWith(typed);
            error.set(problem == null ? "" : problem);
        }
    }
}
