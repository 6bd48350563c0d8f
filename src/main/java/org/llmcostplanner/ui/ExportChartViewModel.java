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

/**
 * The export dialog's state: which chart, the format (PNG, SVG, CSV), a width and height typed as
 * text and checked, and for PNG a pixel scale (1×, 2×, 3× for high-DPI slides).
 */
public final class ExportChartViewModel {

    public static final int MIN_PIXELS = 200;
    public static final int MAX_PIXELS = 8000;
    /** Largest image side the chart package writes (layout size × scale). */
    public static final int MAX_SCALED_PIXELS = org.llmcostplanner.chart.ChartPngExporter.MAX_SIDE;
    public static final List<Integer> SCALES = List.of(1, 2, 3);

    private final ObjectProperty<ChartKind> chart = new SimpleObjectProperty<>(this, "chart");
    private final StringProperty widthText = new SimpleStringProperty(this, "widthText");
    private final StringProperty heightText = new SimpleStringProperty(this, "heightText");
    private final ObjectProperty<ExportRequest.Format> format = new SimpleObjectProperty<>(this, "format");
    private final ObjectProperty<Integer> scale = new SimpleObjectProperty<>(this, "scale");
    private final StringBinding error;
    private final StringBinding pixelSize;

    public ExportChartViewModel(ExportRequest initial) {
        chart.set(initial.chart());
        widthText.set(Integer.toString(initial.width()));
        heightText.set(Integer.toString(initial.height()));
        format.set(initial.format());
        scale.set(initial.scale());
        error = Bindings.createStringBinding(this::problem, widthText, heightText, format, scale);
        pixelSize = Bindings.createStringBinding(this::pixelSizeText, widthText, heightText, format, scale);
    }

    public List<ExportRequest.Format> formats() {
        return List.of(ExportRequest.Format.values());
    }

    public ObjectProperty<ExportRequest.Format> formatProperty() {
        return format;
    }

    /** Pixels per layout pixel of a PNG: 1, 2 or 3. */
    public ObjectProperty<Integer> scaleProperty() {
        return scale;
    }

    /** What the file will be, e.g. "3840 × 2160 px" for 1920 × 1080 at 2×; empty while the size is wrong. */
    public StringBinding pixelSizeProperty() {
        return pixelSize;
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
        return Optional.of(current());
    }

    private ExportRequest current() {
        ExportRequest.Format f = format.get() == null ? ExportRequest.Format.PNG : format.get();
        int s = f == ExportRequest.Format.PNG && scale.get() != null ? scale.get() : 1;
        // CSV has no size: whatever is in the size fields does not matter.
        return new ExportRequest(chart.get(), pixels(widthText.get()).orElse(0), pixels(heightText.get()).orElse(0),
                s, f);
    }

    private String problem() {
        if (format.get() == ExportRequest.Format.CSV) {
            return ""; // the cost curves have no size
        }
        if (pixels(widthText.get()).isEmpty()) {
            return sizeProblem("Width");
        }
        if (pixels(heightText.get()).isEmpty()) {
            return sizeProblem("Height");
        }
        ExportRequest r = current();
        if (r.pixelWidth() > MAX_SCALED_PIXELS || r.pixelHeight() > MAX_SCALED_PIXELS) {
            return "At " + r.scale() + "\u00d7 the image would be " + r.pixelWidth() + " \u00d7 " + r.pixelHeight()
                    + " pixels; at most " + MAX_SCALED_PIXELS + " a side";
        }
        return "";
    }

    private String pixelSizeText() {
        if (format.get() == ExportRequest.Format.CSV) {
            return "One row per volume, 1 \u2026 10,000,000 requests/day";
        }
        if (pixels(widthText.get()).isEmpty() || pixels(heightText.get()).isEmpty()) {
            return "";
        }
        ExportRequest r = current();
        return r.pixelWidth() + " \u00d7 " + r.pixelHeight() + (r.format() == ExportRequest.Format.SVG
                ? " (vector; scales without loss)" : " pixels");
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
