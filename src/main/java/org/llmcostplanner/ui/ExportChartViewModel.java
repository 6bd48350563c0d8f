package org.llmcostplanner.ui;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The export dialog's state: which chart, and a width and height typed as text and checked. */
public final class ExportChartViewModel {

    public static final int MIN_PIXELS = 200;
    public static final int MAX_PIXELS = 8000;

    private final List<String> chartNames;
    private final IntegerProperty chartIndex = new SimpleIntegerProperty(this, "chartIndex");
    private final StringProperty widthText = new SimpleStringProperty(this, "widthText");
    private final StringProperty heightText = new SimpleStringProperty(this, "heightText");
    private final StringBinding error;

    public ExportChartViewModel(List<String> chartNames, ExportRequest initial) {
        this.chartNames = List.copyOf(chartNames);
        chartIndex.set(initial.chartIndex());
        widthText.set(Integer.toString(initial.width()));
        heightText.set(Integer.toString(initial.height()));
        error = Bindings.createStringBinding(this::problem, widthText, heightText);
    }

    public List<String> chartNames() {
        return chartNames;
    }

    public IntegerProperty chartIndexProperty() {
        return chartIndex;
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
        if (!problem().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExportRequest(Math.max(0, chartIndex.get()), pixels(widthText.get()).getAsInt(),
                pixels(heightText.get()).getAsInt()));
    }

    private String problem() {
        String w = problemWith("Width", widthText.get());
        return w != null ? w : Optional.ofNullable(problemWith("Height", heightText.get())).orElse("");
    }

    private static String problemWith(String name, String text) {
        if (pixels(text).isEmpty()) {
            return name + " must be a whole number of pixels, " + MIN_PIXELS + " … " + MAX_PIXELS;
        }
        return null;
    }

    private static java.util.OptionalInt pixels(String text) {
        OptionalDouble v = NumberText.parse(text);
        if (v.isEmpty() || v.getAsDouble() != Math.rint(v.getAsDouble())
                || v.getAsDouble() < MIN_PIXELS || v.getAsDouble() > MAX_PIXELS) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of((int) v.getAsDouble());
    }
}
