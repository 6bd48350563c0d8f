package org.llmcostplanner.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.llmcostplanner.analysis.DeploymentSpec;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.io.Presentation;
import org.llmcostplanner.io.ScenarioDocument;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * The planner window's state: one property per {@link InputField}, the billing choice and the
 * token mix, the scenario they make up, where it is saved and whether it has unsaved changes, and
 * the headline figures. The scenario follows every input at once; the figures are recomputed from
 * the pure model at most once per pulse. Knows nothing of views.
 */
public final class PlannerViewModel {

    static final String APP_NAME = "LLM Cost Planner";

    private final PulseScheduler scheduler;
    private final Map<InputField, DoubleProperty> inputs = new EnumMap<>(InputField.class);
    private final ObjectProperty<Billing> billing = new SimpleObjectProperty<>(this, "billing", Billing.FLAT);
    private final DoubleProperty outputShareOfInput = new SimpleDoubleProperty(this, "outputShareOfInput");
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Scenario> savedScenario = new ReadOnlyObjectWrapper<>(this, "savedScenario");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    /** How money is shown (file v2 "presentation"); null = not recorded, shown in USD. */
    private final ObjectProperty<Presentation> presentation = new SimpleObjectProperty<>(this, "presentation");
    /** The uncertainty ranges (file v2 "ranges"), in {@link InputField} order; empty = none. */
    private final ReadOnlyObjectWrapper<List<InputRange>> ranges = new ReadOnlyObjectWrapper<>(this, "ranges", List.of());
    /** The capacity check's deployment (file v2 "deployment"); null = inferred from the labels. */
    private final ObjectProperty<DeploymentSpec> deployment = new SimpleObjectProperty<>(this, "deployment");
    /** The file's document as last opened or saved: what the unsaved mark compares against. */
    private ScenarioDocument savedDocument;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyObjectWrapper<PlannerFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyStringWrapper breakEvenRawText = new ReadOnlyStringWrapper(this, "breakEvenRawText");
    private final ReadOnlyStringWrapper breakEvenWithOpsText = new ReadOnlyStringWrapper(this, "breakEvenWithOpsText");
    private final ReadOnlyStringWrapper savingsText = new ReadOnlyStringWrapper(this, "savingsText");
    private final ReadOnlyStringWrapper rawSavingsText = new ReadOnlyStringWrapper(this, "rawSavingsText");
    private final ReadOnlyStringWrapper currentVolumeText = new ReadOnlyStringWrapper(this, "currentVolumeText");
    private final ReadOnlyStringWrapper paybackText = new ReadOnlyStringWrapper(this, "paybackText");
    private final ReadOnlyStringWrapper billingDaysText = new ReadOnlyStringWrapper(this, "billingDaysText");
    private final Runnable recompute = this::recomputeFigures;
    private final List<Runnable> loadListeners = new ArrayList<>();
    /** Set while the view-model writes its own properties, so they are not taken as user edits. */
    private boolean pushing;

    public PlannerViewModel(Scenario initial, PulseScheduler scheduler) {
        this.scheduler = scheduler;
        for (InputField f : InputField.values()) {
            DoubleProperty p = new SimpleDoubleProperty(this, f.jsonName(), f.get(initial));
            p.addListener((obs, old, now) -> onInputEdited(f, now.doubleValue()));
            inputs.put(f, p);
        }
        billing.addListener((obs, old, now) -> onBillingEdited(now));
        outputShareOfInput.addListener((obs, old, now) -> onOutputShareEdited(now.doubleValue()));
        scenario.addListener((obs, old, now) -> onScenarioChanged());
        savedScenario.addListener((obs, old, now) -> onScenarioChanged());
        presentation.addListener((obs, old, now) -> {
            onScenarioChanged();
            scheduler.runOncePerPulse(recompute);
        });
        ranges.addListener((obs, old, now) -> onSectionEdited());
        deployment.addListener((obs, old, now) -> onSectionEdited());
        load(initial, null);
    }

    /** Shows a scenario as freshly opened (from {@code source}, or new when null): nothing unsaved. */
    public void load(Scenario s, Path source) {
        load(ScenarioDocument.of(s), source);
    }

    /** Shows a whole file (scenario and v2 sections) as freshly opened: nothing unsaved. */
    public void load(ScenarioDocument d, Path source) {
        Scenario s = d.scenario();
        pushing = true;
        try {
            savedDocument = d;
            presentation.set(d.presentation());
            file.set(source);
            savedScenario.set(s);
            scenario.set(s);
            for (InputField f : InputField.values()) {
                inputs.get(f).set(f.get(s));
            }
            billing.set(s.selfHost().billing());
            outputShareOfInput.set(shareOf(s));
            // After the scenario, so views that follow the sections see the new scenario with them.
            ranges.set(d.ranges());
            deployment.set(d.deployment());
        } finally {
            pushing = false;
        }
        onScenarioChanged();
        scheduler.runOncePerPulse(recompute);
        loadListeners.forEach(Runnable::run);
    }

    /** Runs after every {@link #load} (New, Open, a restore), e.g. to forget the undo history. */
    public void addLoadListener(Runnable listener) {
        loadListeners.add(listener);
    }

    /**
     * Puts a whole scenario on screen as one edit (undo, redo, a recovered session): the inputs
     * follow it, the file and the saved scenario stay, so the unsaved mark compares it to the file.
     */
    public void restore(Scenario s) {
        pushing = true;
        try {
            for (InputField f : InputField.values()) {
                inputs.get(f).set(f.get(s));
            }
            billing.set(s.selfHost().billing());
            outputShareOfInput.set(shareOf(s));
            scenario.set(s);
        } finally {
            pushing = false;
        }
        scheduler.runOncePerPulse(recompute);
    }

    /**
     * Replaces the whole scenario as one user edit (e.g. prices and labels filled in from the price
     * catalog): every input follows, and the change is unsaved like any edit. Invalid values are
     * the caller's bug: {@code edited} is a valid scenario by construction.
     */
    public void applyEdit(Scenario edited) {
        pushing = true;
        try {
            scenario.set(edited);
            for (InputField f : InputField.values()) {
                inputs.get(f).set(f.get(edited));
            }
            billing.set(edited.selfHost().billing());
            outputShareOfInput.set(shareOf(edited));
        } finally {
            pushing = false;
        }
        scheduler.runOncePerPulse(recompute);
    }

    /**
     * Puts a whole document on screen as unsaved work (a recovered session): the scenario as by
     * {@link #restore(Scenario)}, and its currency, ranges and deployment; the file stays the saved state.
     */
    public void restore(ScenarioDocument d) {
        restore(d.scenario());
        presentation.set(d.presentation());
        ranges.set(d.ranges());
        deployment.set(d.deployment());
    }

    /** Records that {@code saved} is now on disk at {@code target}; later edits stay unsaved. */
    public void markSaved(Scenario saved, Path target) {
        markSaved(savedDocument.withScenario(saved), target);
    }

    /** Records that a whole document is now on disk at {@code target}. */
    public void markSaved(ScenarioDocument saved, Path target) {
        savedDocument = saved;
        file.set(target);
        savedScenario.set(saved.scenario());
        onScenarioChanged();
    }

    /** What a save (and the autosave) writes: the current scenario, currency, ranges and deployment. */
    public ScenarioDocument document() {
        return new ScenarioDocument(scenario.get(), presentation.get(), ranges.get(), deployment.get());
    }

    /**
     * The uncertainty ranges saved with the scenario, in {@link InputField} order; set by
     * {@link #load} and {@link #setRanges}. A change is an unsaved change (not an undo step).
     */
    public ReadOnlyObjectProperty<List<InputRange>> rangesProperty() {
        return ranges.getReadOnlyProperty();
    }

    /**
     * Replaces the ranges (e.g. the Uncertainty tab's rows in use). They are checked as the file
     * checks them; an invalid list (two ranges for one input, too many ranges with low &lt; high)
     * is refused with an {@link IllegalArgumentException} naming the problem, and nothing changes.
     */
    public void setRanges(List<InputRange> now) {
        ranges.set(new ScenarioDocument(scenario.get(), null, now, null).ranges());
    }

    /**
     * The deployment the capacity check uses and a save writes; null = none recorded, so it is
     * inferred from the model and GPU labels. A change is an unsaved change (not an undo step).
     */
    public ObjectProperty<DeploymentSpec> deploymentProperty() {
        return deployment;
    }

    /** The display currency (null = USD, not recorded in the file); a change is an unsaved change. */
    public ObjectProperty<Presentation> presentationProperty() {
        return presentation;
    }

    /** The display currency, USD when none is recorded. */
    public Presentation presentationOrUsd() {
        return presentation.get() != null ? presentation.get() : Presentation.USD;
    }

    /**
     * The pulse scheduler this view-model recomputes with. Views that follow the scenario should
     * use it too: then their work runs in the same pulse as the headline and the charts (the
     * window attaches it to its scene), not a frame later with a layout pass of its own.
     */
    public PulseScheduler pulseScheduler() {
        return scheduler;
    }

    public DoubleProperty input(InputField field) {
        return inputs.get(field);
    }

    public ObjectProperty<Billing> billingProperty() {
        return billing;
    }

    /** Output tokens per request as a share of input tokens (the token mix); sets the output tokens. */
    public DoubleProperty outputShareOfInputProperty() {
        return outputShareOfInput;
    }

    /** Null when this token mix is allowed with the current input tokens, else what is wrong. */
    public String checkOutputShare(double share) {
        if (!Double.isFinite(share) || share < 0) {
            return "must be a number ≥ 0";
        }
        double tokens = share * scenario.get().workload().inputTokensPerRequest();
        String problem = InputField.OUTPUT_TOKENS_PER_REQUEST.check(tokens);
        return problem == null ? null : "gives " + InputField.OUTPUT_TOKENS_PER_REQUEST.label().toLowerCase() + " " + problem;
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario scenario() {
        return scenario.get();
    }

    /** The scenario as last opened or saved; differs from {@link #scenario()} while unsaved. */
    public ReadOnlyObjectProperty<Scenario> savedScenarioProperty() {
        return savedScenario.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlannerFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty breakEvenRawTextProperty() {
        return breakEvenRawText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty breakEvenWithOpsTextProperty() {
        return breakEvenWithOpsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savingsTextProperty() {
        return savingsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rawSavingsTextProperty() {
        return rawSavingsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentVolumeTextProperty() {
        return currentVolumeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paybackTextProperty() {
        return paybackText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty billingDaysTextProperty() {
        return billingDaysText.getReadOnlyProperty();
    }

    private void onInputEdited(InputField f, double value) {
        if (pushing) {
            return;
        }
        if (!f.isValid(value)) {
            // Invalid numbers never reach the model: put the property back to the scenario's value.
            pushing = true;
            try {
                inputs.get(f).set(f.get(scenario.get()));
            } finally {
                pushing = false;
            }
            return;
        }
        scenario.set(f.with(scenario.get(), value));
        if (f == InputField.INPUT_TOKENS_PER_REQUEST) {
            // The token mix is the input people reason about, so it holds while input tokens change.
            setQuietly(InputField.OUTPUT_TOKENS_PER_REQUEST, outputShareOfInput.get() * value);
        } else if (f == InputField.OUTPUT_TOKENS_PER_REQUEST) {
            pushShare(shareOf(scenario.get()));
        }
        scheduler.runOncePerPulse(recompute);
    }

    /** Sets an input as an edit (so the scenario follows) without re-deriving the token mix from it. */
    private void setQuietly(InputField f, double value) {
        if (!f.isValid(value)) {
            return;
        }
        scenario.set(f.with(scenario.get(), value));
        pushing = true;
        try {
            inputs.get(f).set(value);
        } finally {
            pushing = false;
        }
    }

    private void onOutputShareEdited(double share) {
        if (pushing) {
            return;
        }
        if (checkOutputShare(share) != null) {
            pushShare(shareOf(scenario.get()));
            return;
        }
        double tokens = share * scenario.get().workload().inputTokensPerRequest();
        setQuietly(InputField.OUTPUT_TOKENS_PER_REQUEST, tokens);
        scheduler.runOncePerPulse(recompute);
    }

    private void pushShare(double share) {
        pushing = true;
        try {
            outputShareOfInput.set(share);
        } finally {
            pushing = false;
        }
    }

    private void onBillingEdited(Billing b) {
        if (pushing) {
            return;
        }
        scenario.set(scenario.get().withBilling(b == null ? Billing.FLAT : b));
        scheduler.runOncePerPulse(recompute);
    }

    private void onScenarioChanged() {
        Scenario s = scenario.get();
        if (s == null || savedScenario.get() == null) {
            return;
        }
        dirty.set(!s.equals(savedScenario.get()) || savedDocument != null && sectionsDiffer(savedDocument));
        String name = s.name().isBlank() && file.get() != null ? file.get().getFileName().toString() : s.name();
        title.set(APP_NAME + " \u2014 " + (name.isBlank() ? "Untitled" : name) + (dirty.get() ? " *" : ""));
    }

    private void onSectionEdited() {
        if (!pushing) { // a load updates the mark once, at its end
            onScenarioChanged();
        }
    }

    /** Whether the currency, ranges or deployment on screen differ from {@code saved}'s. */
    private boolean sectionsDiffer(ScenarioDocument saved) {
        return !Objects.equals(presentation.get(), saved.presentation())
                || !ranges.get().equals(saved.ranges())
                || !Objects.equals(deployment.get(), saved.deployment());
    }

    /** Output share of input; keeps the previous share when there are no input tokens to relate to. */
    private double shareOf(Scenario s) {
        double in = s.workload().inputTokensPerRequest();
        return in > 0 ? s.workload().outputTokensPerRequest() / in : outputShareOfInput.get();
    }

    private void recomputeFigures() {
        PlannerFigures f = PlannerFigures.of(scenario.get());
        figures.set(f);
        breakEvenRawText.set(FigureText.volume(f.breakEvenRaw()));
        breakEvenWithOpsText.set(FigureText.volume(f.breakEvenWithOps()));
        currentVolumeText.set(FigureText.volume(f.requestsPerDay()));
        Presentation money = presentationOrUsd();
        savingsText.set(FigureText.monthlyMoney(f.savings(), money));
        rawSavingsText.set(FigureText.monthlyMoney(f.rawSavings(), money));
        paybackText.set(FigureText.months(f.paybackMonths()));
        billingDaysText.set(FigureText.billingDays(f.billingDays()));
    }
}
