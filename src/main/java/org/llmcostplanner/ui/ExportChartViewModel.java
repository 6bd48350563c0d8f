package org.llmcostplanner.ui;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.llmcostplanner.chart.ChartKind;

/** The export dialog's state: which chart, and a width and height typed as text and checked. */
public final class ExportChartViewModel {

    public static final int MIN_PIXELS = 200;
    public static final int MAX_PIXELS = 8000;

    private final ObjectProperty<ChartKind> chart = new SimpleObjectProperty<>(this, "chart");
    private final StringProperty widthText = new SimpleStringProperty(this, "widthText");
    private final StringProperty heightText = new SimpleStringProperty(this, "heightText");
    private final StringBinding error;

    public ExportChartViewModel(ExportRequest initial) {
        chart.set(initial.chart());
        widthText.set(Integer.toString(initial.width()));
        heightText.set(Integer.toString(initial.height()));
        error = Bindings.createStringBinding(this::problem, widthText, heightText);
    }

    public List<ChartKind> charts() {
        return List.of(ChartKind.values());
    }

    public ObjectProperty<ChartKind> chartProperty() {
        return chart;
    }

    public StringProperty widthTextProperty() {
        return widthText;
    }

    public StringProperty heightTextProperty() {
        return heightText;
    }

    /** Empty when the size is usable, else what is wrong. */
    public StringBinding errorProperty() {
        return error;
    }

    public Optional<ExportRequest> request() {
        if (!problem().isEmpty() || chart.get() == null) {
            return Optional.empty();
        }
        return Optional.of(new ExportRequest(chart.get(), pixels(widthText.get()).getAsInt(),
                pixels(heightText.get()).getAsInt()));
    }

    private String problem() {
        if (pixels(widthText.get()).isEmpty()) {
            return sizeProblem("Width");
        }
        return pixels(heightText.get()).isEmpty() ? sizeProblem("Height") : "";
    }

    private static String sizeProblem(String name) {
        return name + " must be a whole number of pixels, " + MIN_PIXELS + " … " + MAX_PIXELS;
    }

    private static OptionalInt pixels(String text) {
        OptionalDouble v = NumberText.parse(text);
        if (v.isEmpty() || v.getAsDouble() != Math.rint(v.getAsDouble())
                || v.getAsDouble() < MIN_PIXELS || v.getAsDouble() > MAX_PIXELS) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) v.getAsDouble());
    }
}
