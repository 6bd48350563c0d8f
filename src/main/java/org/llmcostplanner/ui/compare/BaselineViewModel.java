package org.llmcostplanner.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.FigureText;
import org.llmcostplanner.ui.PlannerFigures;
import org.llmcostplanner.ui.PlannerViewModel;

/**
 * A pinned baseline: a frozen copy of the scenario the user keeps changing, and how the current
 * scenario differs from it. Savings are compared at the current volume (the baseline's plan at
 * today's traffic), so the difference is what the changed inputs are worth; break-evens do not
 * depend on the volume. Follows the planner's per-pulse figures, so it costs nothing extra per edit.
 */
public final class BaselineViewModel {

    private final PlannerViewModel planner;
    private final ReadOnlyObjectWrapper<Scenario> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper breakEvenRawText = new ReadOnlyStringWrapper(this, "breakEvenRawText", "");
    private final ReadOnlyStringWrapper breakEvenWithOpsText =
            new ReadOnlyStringWrapper(this, "breakEvenWithOpsText", "");
    private final ReadOnlyStringWrapper savingsText = new ReadOnlyStringWrapper(this, "savingsText", "");
    private final ReadOnlyStringWrapper savingsCaption = new ReadOnlyStringWrapper(this, "savingsCaption", "");
    private final BooleanBinding pinned = Bindings.isNotNull(baseline);
    /** The baseline's figures at the volume they were last asked for; break-evens need a solve. */
    private PlannerFigures baselineFigures;

    public BaselineViewModel(PlannerViewModel planner) {
        this.planner = planner;
        planner.figuresProperty().addListener((obs, old, now) -> refresh());
        baseline.addListener((obs, old, now) -> {
            baselineFigures = null;
            refresh();
        });
    }

    /** Freezes the current scenario as the baseline (replacing an earlier one). */
    public void pin() {
        baseline.set(planner.scenario());
    }

    public void clear() {
        baseline.set(null);
    }

    public ReadOnlyObjectProperty<Scenario> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    public BooleanBinding pinnedProperty() {
        return pinned;
    }

    /** E.g. "Baseline: Seed article". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty breakEvenRawTextProperty() {
        return breakEvenRawText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty breakEvenWithOpsTextProperty() {
        return breakEvenWithOpsText.getReadOnlyProperty();
    }

    /** "Savings at 1,000 req/day". */
    public ReadOnlyStringProperty savingsCaptionProperty() {
        return savingsCaption.getReadOnlyProperty();
    }

    /** Savings at the current volume, baseline → now. */
    public ReadOnlyStringProperty savingsTextProperty() {
        return savingsText.getReadOnlyProperty();
    }

    private void refresh() {
        Scenario b = baseline.get();
        if (b == null) {
            title.set("");
            breakEvenRawText.set("");
            breakEvenWithOpsText.set("");
            savingsText.set("");
            savingsCaption.set("");
            return;
        }
        PlannerFigures now = planner.figuresProperty().get();
        if (now == null) {
            now = PlannerFigures.of(planner.scenario());
        }
        double volume = now.requestsPerDay();
        if (baselineFigures == null || baselineFigures.requestsPerDay() != volume) {
            baselineFigures = PlannerFigures.of(b.with(InputField.REQUESTS_PER_DAY, volume));
        }
        PlannerFigures then = baselineFigures;
        title.set("Baseline: " + (b.name().isBlank() ? "Untitled" : b.name()));
        breakEvenRawText.set(DeltaText.volumeChange(then.breakEvenRaw(), now.breakEvenRaw()));
        breakEvenWithOpsText.set(DeltaText.volumeChange(then.breakEvenWithOps(), now.breakEvenWithOps()));
        savingsCaption.set("Savings at " + FigureText.volume(volume));
        savingsText.set(DeltaText.moneyChange(then.savings(), now.savings()));
    }
}
