package org.llmcostplanner.ui.analysis;

import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.llmcostplanner.analysis.GoalSeek;
import org.llmcostplanner.analysis.GoalSeekResult;
import org.llmcostplanner.analysis.GoalTarget;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.NumberText;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.PulseScheduler;

/**
 * Goal seek: which value of one input meets a target. Once solved, the answer follows the
 * scenario live (re-solved at most once a pulse); "Apply" sets the input through the planner, as
 * one edit. Bad text never solves: the message names the field and what is allowed.
 */
public final class GoalSeekViewModel extends LiveAnalysis {

    /** What to aim at. */
    public enum TargetKind {
        SAVINGS("Monthly savings (USD) =", true),
        BREAK_EVEN("Break-even with ops (req/day) =", false),
        PAYBACK("Payback (months) =", true);

        private final String label;
        private final boolean atVolume;

        TargetKind(String label, boolean atVolume) {
            this.label = label;
            this.atVolume = atVolume;
        }

        public String label() {
            return label;
        }

        /** Whether the target is read at a volume (savings, payback). */
        public boolean atVolume() {
            return atVolume;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObjectProperty<InputField> input = new SimpleObjectProperty<>(this, "input",
            InputField.MAINTENANCE_HOURS_PER_MONTH);
    private final ObjectProperty<TargetKind> targetKind = new SimpleObjectProperty<>(this, "targetKind", TargetKind.SAVINGS);
    private final StringProperty targetText = new SimpleStringProperty(this, "targetText", "0");
    /** The volume the target is read at; blank = the scenario's own volume. */
    private final StringProperty volumeText = new SimpleStringProperty(this, "volumeText", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyObjectWrapper<GoalSeekResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply");
    private boolean solving;

    public GoalSeekViewModel(PlannerViewModel planner, PulseScheduler scheduler) {
        super(planner, scheduler);
        // A new question clears the old answer; it is solved on "Solve".
        input.addListener((obs, old, now) -> clear());
        targetKind.addListener((obs, old, now) -> clear());
        targetText.addListener((obs, old, now) -> clear());
        volumeText.addListener((obs, old, now) -> clear());
        start();
    }

    /** Every numeric input, in the file's order. */
    public static List<InputField> choices() {
        return List.of(InputField.values());
    }

    public ObjectProperty<InputField> inputProperty() {
        return input;
    }

    public ObjectProperty<TargetKind> targetKindProperty() {
        return targetKind;
    }

    public StringProperty targetTextProperty() {
        return targetText;
    }

    public StringProperty volumeTextProperty() {
        return volumeText;
    }

    /** Empty, or what is wrong with the typed target or volume. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The answer in words: the value and its current value, or "no solution in range" with the range searched. */
    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GoalSeekResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    /** Solves now and keeps the answer live; false (with a message) when the target text is bad. */
    public boolean solve() {
        GoalTarget target = target();
        if (target == null) {
            result.set(null);
            resultText.set("");
            canApply.set(false);
            return false;
        }
        solving = true;
        show(GoalSeek.solve(planner.scenario(), input.get(), target));
        return true;
    }

    /** Sets the input to the answer, as one edit of the planner; false when there is nothing to apply. */
    public boolean apply() {
        GoalSeekResult r = result.get();
        if (r == null || !r.found()) {
            return false;
        }
        planner.input(r.input()).set(r.value().getAsDouble());
        return true;
    }

    @Override
    protected void recompute(Scenario scenario) {
        if (!solving) {
            return;
        }
        GoalTarget target = target();
        if (target != null) {
            show(GoalSeek.solve(scenario, input.get(), target));
        }
    }

    private void clear() {
        solving = false;
        result.set(null);
        resultText.set("");
        canApply.set(false);
        error.set(problem() == null ? "" : problem());
    }

    private void show(GoalSeekResult r) {
        result.set(r);
        InputField f = r.input();
        double now = f.get(planner.scenario());
        if (r.found()) {
            double v = r.value().getAsDouble();
            resultText.set(f.label() + " = " + Texts.value(f, v) + "  (now " + Texts.value(f, now) + ")\n"
                    + "gives " + r.target().describe());
            canApply.set(!sameValue(v, now));
        } else {
            resultText.set(r.message().replaceFirst("^no solution in range", "No solution in range"));
            canApply.set(false);
        }
    }

    private static boolean sameValue(double a, double b) {
        return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** The target the texts describe, or null (and a message) when they are not valid. */
    private GoalTarget target() {
        String p = problem();
        error.set(p == null ? "" : p);
        if (p != null) {
            return null;
        }
        double value = NumberText.parse(targetText.get()).getAsDouble();
        Double volume = volume();
        return switch (targetKind.get()) {
            case SAVINGS -> new GoalTarget.Savings(value, volume);
            case BREAK_EVEN -> new GoalTarget.BreakEvenWithOps(value);
            case PAYBACK -> new GoalTarget.Payback(value, volume);
        };
    }

    private Double volume() {
        String t = volumeText.get();
        if (t == null || t.isBlank() || !targetKind.get().atVolume()) {
            return null;
        }
        return NumberText.parse(t).getAsDouble();
    }

    private String problem() {
        TargetKind kind = targetKind.get();
        OptionalDouble v = NumberText.parse(targetText.get());
        String name = switch (kind) {
            case SAVINGS -> "Target savings";
            case BREAK_EVEN -> "Target break-even";
            case PAYBACK -> "Target payback";
        };
        if (v.isEmpty()) {
            return name + ": \"" + (targetText.get() == null ? "" : targetText.get().strip()) + "\" is not a number";
        }
        double x = v.getAsDouble();
        if (kind == TargetKind.BREAK_EVEN) {
            String p = InputField.REQUESTS_PER_DAY.check(x);
            if (p != null || x <= 0) {
                return name + ": must be a volume above 0 and at most 1e9 req/day";
            }
        } else if (kind == TargetKind.PAYBACK && !(x > 0)) {
            return name + ": must be a number of months above 0";
        }
        if (kind.atVolume() && volumeText.get() != null && !volumeText.get().isBlank()) {
            OptionalDouble vol = NumberText.parse(volumeText.get());
            String p = vol.isEmpty() ? "is not a number" : InputField.REQUESTS_PER_DAY.check(vol.getAsDouble());
            if (p != null) {
                return "At volume: " + p + " (leave blank for the scenario's volume)";
            }
        }
        return null;
    }
}
