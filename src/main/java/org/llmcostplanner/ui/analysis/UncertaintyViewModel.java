package org.llmcostplanner.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.analysis.Uncertainty;
import org.llmcostplanner.analysis.UncertaintyResult;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.io.Presentation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.PulseScheduler;

/**
 * Low/high ranges on inputs and what they do to the answer: the break-even range, the payback
 * range and the one-time cost range (interval bounds at the corners, {@link Uncertainty}), and the
 * ranges themselves for the cost chart's bands.
 *
 * <p>The ranges belong to the scenario's document ({@link PlannerViewModel#rangesProperty()}),
 * which saves them in the file: opening a file (or File → New, the seed's recorded ranges) puts
 * its ranges here as rows, and every valid edit of the rows goes back there. A row being typed
 * that is not valid yet keeps its last valid range in use, and an unticked row is left out, so
 * neither reaches the file.
 */
public final class UncertaintyViewModel extends LiveAnalysis {

    private final ObservableList<RangeRow> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.rangeProperty(), r.enabledProperty()});
    private final ReadOnlyObjectWrapper<List<InputRange>> ranges = new ReadOnlyObjectWrapper<>(this, "ranges", List.of());
    private final BooleanProperty showBands = new SimpleBooleanProperty(this, "showBands", true);
    private final ReadOnlyObjectWrapper<UncertaintyResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper breakEvenText = new ReadOnlyStringWrapper(this, "breakEvenText", "");
    private final ReadOnlyStringWrapper paybackText = new ReadOnlyStringWrapper(this, "paybackText", "");
    private final ReadOnlyStringWrapper oneTimeText = new ReadOnlyStringWrapper(this, "oneTimeText", "");
    private final ReadOnlyStringWrapper methodText = new ReadOnlyStringWrapper(this, "methodText", "");
    /** Set while this view writes the document's ranges, so it does not rebuild its rows from them. */
    private boolean writing;

    public UncertaintyViewModel(PlannerViewModel planner, PulseScheduler scheduler) {
        super(planner, scheduler);
        showRanges(planner.rangesProperty().get());
        rows.addListener((javafx.collections.ListChangeListener<RangeRow>) c -> onRowsChanged());
        planner.rangesProperty().addListener((obs, old, now) -> onDocumentRangesChanged(now));
        planner.addLoadListener(() -> showRanges(planner.rangesProperty().get())); // fresh rows for each file
        onRowsChanged();
        start();
    }

    /** Another document's ranges (opened, new, recovered): new rows, unless they are this view's own edit. */
    private void onDocumentRangesChanged(List<InputRange> now) {
        if (!writing) {
            showRanges(now);
        }
    }

    private void showRanges(List<InputRange> shown) {
        rows.setAll(shown.stream().map(RangeRow::new).toList());
    }

    private static List<InputRange> inFileOrder(List<InputRange> r) {
        return r.stream().sorted(java.util.Comparator.comparing(InputRange::input)).toList();
    }

    public ObservableList<RangeRow> rows() {
        return rows;
    }

    /** Inputs that have no range yet, for "Add range". */
    public List<InputField> addable() {
        List<InputField> out = new ArrayList<>(List.of(InputField.values()));
        rows.forEach(r -> out.remove(r.input()));
        return out;
    }

    /** Adds a range of {@code input} around its current value (±25 %, within its valid range); false when it has one or is full. */
    public boolean add(InputField input) {
        if (input == null || !addable().contains(input) || rows.size() >= Uncertainty.MAX_RANGED_INPUTS) {
            return false;
        }
        double v = input.get(planner.scenario());
        double lo = clamp(input, v * 0.75);
        double hi = clamp(input, v == 0 ? Math.min(input.max(), 1) : v * 1.25);
        rows.add(new RangeRow(new InputRange(input, Math.min(lo, hi), Math.max(lo, hi))));
        return true;
    }

    private static double clamp(InputField f, double v) {
        double c = Math.max(f.min(), Math.min(f.max(), v));
        return f.isValid(c) ? c : f.get(org.llmcostplanner.model.Scenario.defaults());
    }

    public void remove(RangeRow row) {
        rows.remove(row);
    }

    /** The ranges in use: every enabled row's last valid range. */
    public ReadOnlyObjectProperty<List<InputRange>> rangesProperty() {
        return ranges.getReadOnlyProperty();
    }

    /** Whether the cost chart shows the bands. */
    public BooleanProperty showBandsProperty() {
        return showBands;
    }

    public ReadOnlyObjectProperty<UncertaintyResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** "Break-even with ops: 2,424 – 3,636 req/day (now 3,030)"; "… or never" when open-ended. */
    public ReadOnlyStringProperty breakEvenTextProperty() {
        return breakEvenText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paybackTextProperty() {
        return paybackText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty oneTimeTextProperty() {
        return oneTimeText.getReadOnlyProperty();
    }

    /** How the bounds were found: exact corners, or sampled for inputs that move figures both ways. */
    public ReadOnlyStringProperty methodTextProperty() {
        return methodText.getReadOnlyProperty();
    }

    private void onRowsChanged() {
        List<InputRange> now = rows.stream().filter(r -> r.enabledProperty().get())
                .map(r -> r.rangeProperty().get()).toList();
        if (!inFileOrder(now).equals(planner.rangesProperty().get())) {
            writing = true;
            try {
                planner.setRanges(now);
            } catch (IllegalArgumentException e) {
                // Only a file with more pinned (low = high) ranges than may move at once gets here,
                // by widening one too many: the last ranges stay in use, in the file and here.
                methodText.set("Not used: " + e.getMessage() + ".");
                return;
            } finally {
                writing = false;
            }
        }
        if (!now.equals(ranges.get())) {
            ranges.set(now);
            requestRecompute();
        }
    }

    @Override
    protected void recompute(Scenario scenario) {
        double v = scenario.workload().requestsPerDay();
        UncertaintyResult r = Uncertainty.analyse(scenario, ranges.get(), new double[] {v});
        result.set(r);
        breakEvenText.set(range(r.breakEvenLow(), r.breakEvenHigh(), Texts::volume) + "  (now " + Texts.volume(r.breakEvenPoint()) + ")");
        paybackText.set(range(r.paybackLow(), r.paybackHigh(), Texts::months));
        Presentation money = planner.presentationOrUsd();
        oneTimeText.set(Texts.money(r.oneTimeLow(), money)
                + (r.oneTimeHigh() > r.oneTimeLow() ? " – " + Texts.money(r.oneTimeHigh(), money) : ""));
        methodText.set(ranges.get().isEmpty() ? "No ranges: the figures are the point estimates."
                : r.exact() ? "Exact bounds: the figures move one way with each ranged input, so the extremes lie at the "
                        + (1 << ranges.get().size()) + " corners of the ranges."
                : "Bounds sampled (9 values across a range) for inputs that can move a figure both ways.");
    }

    /** "a – b", "a" when equal, "a – never" when open-ended, "never" when never throughout. */
    private static String range(Double low, Double high, java.util.function.Function<Double, String> text) {
        if (low == null) {
            return text.apply(null);
        }
        if (high != null && Math.abs(high - low) <= 1e-9 * Math.max(1, Math.abs(high))) {
            return text.apply(low);
        }
        return text.apply(low) + " – " + text.apply(high);
    }
}
