package org.llmcostplanner.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llmcostplanner.io.Report;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.FigureText;
import org.llmcostplanner.ui.NumberText;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.ScenarioStore;

/**
 * Two or more scenarios side by side: scenario files and, if wanted, the scenario being edited
 * (live). Every figure is the CLI report's ({@link Report}) at one chosen volume, so the table and
 * {@code report} never disagree; differences are against a reference row (the first by default).
 * Files are read on {@code io}; results come back on {@code fx}. A bad file becomes an error row.
 */
public final class CompareViewModel {

    static final String VOLUME_LABEL = "Compared volume (requests per day)";

    /** A scenario in the comparison: a loaded file, a file that failed, or the live current scenario. */
    private record Entry(String name, Path file, Scenario scenario, String error, boolean current) {
    }

    private final PlannerViewModel planner;
    private final ScenarioStore store;
    private final Executor io;
    private final Executor fx;
    private final List<Entry> entries = new ArrayList<>();
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper volume = new ReadOnlyDoubleWrapper(this, "volume");
    private final ReadOnlyIntegerWrapper referenceIndex = new ReadOnlyIntegerWrapper(this, "referenceIndex", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Until the user sets a volume, the comparison follows the planner's current volume. */
    private boolean volumeFollowsCurrent = true;

    public CompareViewModel(PlannerViewModel planner, ScenarioStore store, Executor io, Executor fx) {
        this.planner = planner;
        this.store = store;
        this.io = io;
        this.fx = fx;
        volume.set(currentVolume());
        // Per pulse at most: the planner recomputes its figures once per pulse.
        planner.figuresProperty().addListener((obs, old, now) -> onPlannerChanged());
    }

    public ObservableList<CompareRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyDoubleProperty volumeProperty() {
        return volume.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty referenceIndexProperty() {
        return referenceIndex.getReadOnlyProperty();
    }

    /** The last thing worth telling the user (an added file, a refused volume); empty when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Adds the scenario being edited; it stays live. Only once. */
    public void addCurrent() {
        if (entries.stream().anyMatch(Entry::current)) {
            message.set("The current scenario is already in the comparison.");
            return;
        }
        entries.add(new Entry("Current scenario", null, null, null, true));
        message.set("");
        refresh();
    }

    /** Reads a scenario file off the FX thread and adds it (or an error row naming the problem). */
    public CompletableFuture<Void> addFile(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return store.load(file);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, io).handleAsync((loaded, failure) -> {
            String fileName = String.valueOf(file.getFileName());
            if (failure != null) {
                String why = messageOf(failure);
                // The loader's message usually names the file already (with its path).
                String problem = why.contains(fileName) ? why : fileName + ": " + why;
                entries.add(new Entry(fileName, file, null, problem, false));
                message.set("Could not use " + problem);
            } else {
                String name = loaded.name().isBlank() ? fileName : loaded.name();
                entries.add(new Entry(name, file, loaded, null, false));
                message.set("");
            }
            refresh();
            return null;
        }, fx);
    }

    public void remove(int index) {
        if (index < 0 || index >= entries.size()) {
            return;
        }
        entries.remove(index);
        int ref = referenceIndex.get();
        referenceIndex.set(index < ref ? ref - 1 : index == ref ? 0 : ref);
        refresh();
    }

    /** Differences are shown against this row. */
    public void makeReference(int index) {
        if (index >= 0 && index < entries.size()) {
            referenceIndex.set(index);
            refresh();
        }
    }

    /**
     * Compares at {@code requestsPerDay}; refused (null returned otherwise) with a message naming the
     * field and its range when the model would not accept it.
     */
    public String setVolume(double requestsPerDay) {
        String problem = InputField.REQUESTS_PER_DAY.check(requestsPerDay);
        if (problem != null) {
            String text = VOLUME_LABEL + ": " + problem;
            message.set(text);
            return text;
        }
        volumeFollowsCurrent = false;
        volume.set(requestsPerDay);
        message.set("");
        refresh();
        return null;
    }

    /** Back to comparing at the planner's current volume, following it as it changes. */
    public void useCurrentVolume() {
        volumeFollowsCurrent = true;
        volume.set(currentVolume());
        refresh();
    }

    private void onPlannerChanged() {
        if (volumeFollowsCurrent) {
            volume.set(currentVolume());
        }
        if (volumeFollowsCurrent || entries.stream().anyMatch(Entry::current)) {
            refresh();
        }
    }

    private double currentVolume() {
        return planner.scenario().workload().requestsPerDay();
    }

    private void refresh() {
        double v = volume.get();
        List<Report> reports = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Entry e : entries) {
            Scenario s = e.current() ? planner.scenario() : e.scenario();
            if (s == null) {
                reports.add(null);
                errors.add(e.error());
                continue;
            }
            Report r = Report.of(s.with(InputField.REQUESTS_PER_DAY, v));
            String overflow = r.firstNonFiniteFigure();
            reports.add(overflow == null ? r : null);
            errors.add(overflow == null ? null : e.name() + ": " + overflow + " is too large to compute at this volume");
        }
        int ref = referenceIndex.get();
        Report reference = ref < reports.size() ? reports.get(ref) : null;
        List<CompareRow> next = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String name = e.current() ? "Current: " + nameOf(planner.scenario()) : e.name();
            next.add(reports.get(i) == null
                    ? CompareRow.failed(name, e.file(), i == ref, errors.get(i))
                    : row(name, e.file(), i == ref, reports.get(i), reference));
        }
        rows.setAll(next);
    }

    private static CompareRow row(String name, Path file, boolean isReference, Report r, Report reference) {
        String difference = isReference ? "reference"
                : reference == null ? "\u2014" : difference(reference, r);
        return new CompareRow(name, file, isReference, null, r,
                volume(r.rawBreakEven()), volume(r.withOpsBreakEven()),
                DeltaText.money(r.monthly().apiOnly()), DeltaText.money(r.monthly().plan()),
                DeltaText.money(r.monthly().savings()), FigureText.months(r.paybackMonths().orElse(Double.NaN)),
                DeltaText.money(r.oneTimeCost()), difference);
    }

    /** What differs from the reference, most telling first; "same figures" when nothing does. */
    static String difference(Report ref, Report r) {
        List<String> parts = new ArrayList<>();
        double savings = r.monthly().savings() - ref.monthly().savings();
        if (!DeltaText.same(ref.monthly().savings(), r.monthly().savings())) {
            parts.add("savings " + DeltaText.signedMoney(savings) + "/mo");
        }
        String be = breakEvenDifference(ref.withOpsBreakEven(), r.withOpsBreakEven());
        if (be != null) {
            parts.add("break-even with ops " + be);
        }
        double payback = r.paybackMonths().orElse(Double.NaN);
        double refPayback = ref.paybackMonths().orElse(Double.NaN);
        if (!Double.isNaN(payback) && !Double.isNaN(refPayback) && !DeltaText.same(payback, refPayback)) {
            parts.add("payback " + DeltaText.signedMonths(payback - refPayback));
        }
        if (!DeltaText.same(ref.oneTimeCost(), r.oneTimeCost())) {
            parts.add("one-time " + DeltaText.signedMoney(r.oneTimeCost() - ref.oneTimeCost()));
        }
        return parts.isEmpty() ? "same figures" : String.join("\n", parts);
    }

    private static String breakEvenDifference(OptionalDouble ref, OptionalDouble r) {
        if (ref.isPresent() && r.isPresent()) {
            return DeltaText.same(ref.getAsDouble(), r.getAsDouble()) ? null
                    : DeltaText.signedVolume(r.getAsDouble() - ref.getAsDouble());
        }
        if (ref.isEmpty() && r.isEmpty()) {
            return null;
        }
        return FigureText.volume(ref) + " \u2192 " + FigureText.volume(r);
    }

    /** The column header says req/day, so the cells hold just the number (or "never"). */
    private static String volume(OptionalDouble requestsPerDay) {
        return requestsPerDay.isPresent() ? NumberText.format(requestsPerDay.getAsDouble(), 5) : FigureText.NEVER;
    }

    private static String nameOf(Scenario s) {
        return s.name().isBlank() ? "Untitled" : s.name();
    }

    private static String messageOf(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ScenarioStore.ScenarioLoadException) {
            return t.getMessage();
        }
        String m = t.getMessage();
        return "cannot be read (" + t.getClass().getSimpleName() + (m == null ? "" : ": " + m) + ")";
    }
}
