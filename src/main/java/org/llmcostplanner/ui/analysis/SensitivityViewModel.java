package org.llmcostplanner.ui.analysis;

import java.util.OptionalDouble;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.llmcostplanner.analysis.Sensitivity;
import org.llmcostplanner.analysis.Tornado;
import org.llmcostplanner.analysis.TornadoBar;
import org.llmcostplanner.chart.TornadoChart;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.NumberText;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.PulseScheduler;

/**
 * The Sensitivity tab's settings (±P %, break-even or savings tornado, the heatmap's two inputs)
 * and a one-line answer to "which input matters most", recomputed at most once a pulse. The charts
 * themselves compute their figures when drawn (see {@link TornadoChart}).
 */
public final class SensitivityViewModel extends LiveAnalysis {

    /** The largest ±P accepted: beyond −100 % an input turns negative and is clamped anyway. */
    static final double MAX_PERCENT = 100;

    private final StringProperty percentText = new SimpleStringProperty(this, "percentText",
            NumberText.format(Sensitivity.DEFAULT_PERCENT));
    private final ReadOnlyDoubleWrapper percent = new ReadOnlyDoubleWrapper(this, "percent", Sensitivity.DEFAULT_PERCENT);
    private final ReadOnlyStringWrapper percentError = new ReadOnlyStringWrapper(this, "percentError", "");
    private final ObjectProperty<TornadoChart.Measure> measure = new SimpleObjectProperty<>(this, "measure",
            TornadoChart.Measure.BREAK_EVEN);
    private final ObjectProperty<InputField> heatmapX = new SimpleObjectProperty<>(this, "heatmapX", InputField.REQUESTS_PER_DAY);
    private final ObjectProperty<InputField> heatmapY = new SimpleObjectProperty<>(this, "heatmapY", InputField.DEV_RATE_PER_HOUR);
    private final ReadOnlyObjectWrapper<Tornado> tornado = new ReadOnlyObjectWrapper<>(this, "tornado");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public SensitivityViewModel(PlannerViewModel planner, PulseScheduler scheduler) {
        super(planner, scheduler);
        percentText.addListener((obs, old, now) -> onPercentTyped(now));
        percent.addListener((obs, old, now) -> requestRecompute());
        measure.addListener((obs, old, now) -> requestRecompute());
        // The two heatmap axes are always different inputs: choosing the other one swaps them.
        heatmapX.addListener((obs, old, now) -> {
            if (now == heatmapY.get()) {
                heatmapY.set(old);
            }
        });
        heatmapY.addListener((obs, old, now) -> {
            if (now == heatmapX.get()) {
                heatmapX.set(old);
            }
        });
        start();
    }

    public StringProperty percentTextProperty() {
        return percentText;
    }

    /** The last valid ±P. */
    public ReadOnlyDoubleProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty percentErrorProperty() {
        return percentError.getReadOnlyProperty();
    }

    public ObjectProperty<TornadoChart.Measure> measureProperty() {
        return measure;
    }

    public ObjectProperty<InputField> heatmapXProperty() {
        return heatmapX;
    }

    public ObjectProperty<InputField> heatmapYProperty() {
        return heatmapY;
    }

    public ReadOnlyObjectProperty<Tornado> tornadoProperty() {
        return tornado.getReadOnlyProperty();
    }

    /** "Largest swing: Dev rate — break-even 2,500 → never" (or the savings). */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void onPercentTyped(String text) {
        OptionalDouble p = NumberText.parse(text);
        if (p.isEmpty() || p.getAsDouble() < 0 || p.getAsDouble() > MAX_PERCENT) {
            percentError.set("±P %: " + (p.isEmpty() ? "\"" + (text == null ? "" : text.strip()) + "\" is not a number"
                    : NumberText.format(p.getAsDouble()) + " is out of range") + "; allowed 0 … " + NumberText.format(MAX_PERCENT));
            return;
        }
        percentError.set("");
        percent.set(p.getAsDouble());
    }

    @Override
    protected void recompute(Scenario scenario) {
        Tornado t = Sensitivity.tornado(scenario, percent.get());
        tornado.set(t);
        boolean breakEven = measure.get() == TornadoChart.Measure.BREAK_EVEN;
        var bars = breakEven ? t.bars() : t.barsBySavingsSwing();
        if (bars.isEmpty()) {
            summary.set("No input to move.");
            return;
        }
        TornadoBar top = bars.get(0);
        String p = NumberText.format(percent.get());
        summary.set("Largest swing: " + top.input().label() + " (±" + p + " %) moves "
                + (breakEven ? "the break-even with ops from " + Texts.volume(top.breakEvenLow()) + " to "
                        + Texts.volume(top.breakEvenHigh())
                        : "the monthly savings from " + Texts.money(top.savingsLow(), planner.presentationOrUsd())
                                + " to " + Texts.money(top.savingsHigh(), planner.presentationOrUsd()))
                + "." + (t.skipped().isEmpty() ? "" : "  Not moved (at 0, so ±P % is still 0): "
                + String.join(", ", t.skipped().stream().map(InputField::label).toList()) + "."));
    }
}
