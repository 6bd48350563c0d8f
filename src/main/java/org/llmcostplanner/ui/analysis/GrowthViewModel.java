package org.llmcostplanner.ui.analysis;

import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.llmcostplanner.analysis.Growth;
import org.llmcostplanner.analysis.GrowthResult;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.NumberText;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.PulseScheduler;

/**
 * Growth: traffic changing by g % a month from the current volume ({@link Growth#project}) → the
 * month from which self-hosting is cheaper and the cumulative savings after 12, 24 and 36 months,
 * the one-time migration paid at the start.
 */
public final class GrowthViewModel extends LiveAnalysis {

    static final double DEFAULT_GROWTH_PERCENT = 10;
    static final double MAX_GROWTH_PERCENT = 1000;

    private final StringProperty growthText = new SimpleStringProperty(this, "growthText",
            NumberText.format(DEFAULT_GROWTH_PERCENT));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private double growthPercent = DEFAULT_GROWTH_PERCENT;
    private final ReadOnlyObjectWrapper<GrowthResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper firstCheaperText = new ReadOnlyStringWrapper(this, "firstCheaperText", "");
    private final ReadOnlyStringWrapper paybackText = new ReadOnlyStringWrapper(this, "paybackText", "");
    private final ReadOnlyStringWrapper after12Text = new ReadOnlyStringWrapper(this, "after12Text", "");
    private final ReadOnlyStringWrapper after24Text = new ReadOnlyStringWrapper(this, "after24Text", "");
    private final ReadOnlyStringWrapper after36Text = new ReadOnlyStringWrapper(this, "after36Text", "");

    public GrowthViewModel(PlannerViewModel planner, PulseScheduler scheduler) {
        super(planner, scheduler);
        growthText.addListener((obs, old, now) -> onGrowthTyped(now));
        start();
    }

    public StringProperty growthTextProperty() {
        return growthText;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GrowthResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** "Month 13 (at 3,138 req/day)", "now (month 1)", or "not within 36 months". */
    public ReadOnlyStringProperty firstCheaperTextProperty() {
        return firstCheaperText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paybackTextProperty() {
        return paybackText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty after12TextProperty() {
        return after12Text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty after24TextProperty() {
        return after24Text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty after36TextProperty() {
        return after36Text.getReadOnlyProperty();
    }

    private void onGrowthTyped(String text) {
        OptionalDouble g = NumberText.parse(text == null ? "" : text.replace("%", ""));
        if (g.isEmpty() || g.getAsDouble() <= -100 || g.getAsDouble() > MAX_GROWTH_PERCENT) {
            error.set("Monthly growth: " + (g.isEmpty() ? "\"" + (text == null ? "" : text.strip()) + "\" is not a number"
                    : NumberText.format(g.getAsDouble()) + " % is out of range")
                    + "; allowed above −100 % and up to " + NumberText.format(MAX_GROWTH_PERCENT) + " % a month");
            return;
        }
        error.set("");
        growthPercent = g.getAsDouble();
        requestRecompute();
    }

    @Override
    protected void recompute(Scenario scenario) {
        GrowthResult r = Growth.project(scenario, growthPercent, Growth.DEFAULT_HORIZON_MONTHS);
        result.set(r);
        Integer first = r.firstCheaperMonth();
        firstCheaperText.set(first == null ? "not within " + r.horizonMonths() + " months"
                : first == 1 ? "now (month 1)"
                : "month " + first + " (at " + org.llmcostplanner.ui.FigureText.volume(r.requestsPerDay()[first - 1]) + ")");
        Integer payback = r.paybackMonth();
        paybackText.set(payback == null ? "not within " + r.horizonMonths() + " months"
                : payback == 0 ? "nothing to pay back" : "end of month " + payback);
        after12Text.set(Texts.money(r.cumulativeAfter(12), planner.presentationOrUsd()));
        after24Text.set(Texts.money(r.cumulativeAfter(24), planner.presentationOrUsd()));
        after36Text.set(Texts.money(r.cumulativeAfter(36), planner.presentationOrUsd()));
    }
}
