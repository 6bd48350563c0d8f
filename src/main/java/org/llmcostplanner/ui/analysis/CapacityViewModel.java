package org.llmcostplanner.ui.analysis;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.llmcostplanner.analysis.Capacity;
import org.llmcostplanner.analysis.CapacityResult;
import org.llmcostplanner.analysis.DeploymentSpec;
import org.llmcostplanner.analysis.Plausibility;
import org.llmcostplanner.analysis.Precision;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.NumberText;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.PulseScheduler;

/**
 * Capacity and plausibility: the deployment (model size, precision, GPU memory, GPUs per
 * instance), whether one instance holds the weights plus KV-cache headroom, GPUs and instances for
 * the volume, and {@link Plausibility#warnings} — which the Planner tab shows under the headline too.
 *
 * <p>The deployment belongs to the scenario's document ({@link PlannerViewModel#deploymentProperty()}),
 * which saves it in the file. A document without one (null) is shown as what the scenario's
 * labels say ({@link DeploymentSpec#inferFrom}), following them, until the user edits a field;
 * from then on every valid edit is the document's deployment (a bad number never reaches it), and
 * "infer" sets it back to none. An instance of k GPUs is checked, and saved, as one GPU with k
 * times the memory, labelled "k × GPU" (so {@code report}'s warnings agree with the window); that
 * label is read back as k GPUs when a file is opened.
 */
public final class CapacityViewModel extends LiveAnalysis {

    /** How an instance of k GPUs is labelled in the document, e.g. "2 × L40S". */
    private static final Pattern INSTANCE = Pattern.compile("([1-9][0-9]?) \u00d7 (.+)");
    private static final int MAX_GPUS_PER_INSTANCE = 64;
    /** The file's limit for a deployment's memory and parameters (io.DeploymentSection). */
    private static final double MAX_NUMBER = 1e6;

    private final StringProperty modelName = new SimpleStringProperty(this, "modelName", "");
    private final StringProperty parametersText = new SimpleStringProperty(this, "parametersText", "");
    private final ObjectProperty<Precision> precision = new SimpleObjectProperty<>(this, "precision", Precision.INT4);
    private final StringProperty gpuName = new SimpleStringProperty(this, "gpuName", "");
    private final StringProperty gpuMemoryText = new SimpleStringProperty(this, "gpuMemoryText", "");
    private final IntegerProperty gpusPerInstance = new SimpleIntegerProperty(this, "gpusPerInstance", 1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<DeploymentSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyObjectWrapper<CapacityResult> capacity = new ReadOnlyObjectWrapper<>(this, "capacity");
    private final ReadOnlyObjectWrapper<List<String>> warnings = new ReadOnlyObjectWrapper<>(this, "warnings", List.of());
    private final ReadOnlyStringWrapper fitText = new ReadOnlyStringWrapper(this, "fitText", "");
    private final ReadOnlyStringWrapper memoryText = new ReadOnlyStringWrapper(this, "memoryText", "");
    private final ReadOnlyStringWrapper instancesText = new ReadOnlyStringWrapper(this, "instancesText", "");
    /** A field was typed in since the fields were last filled (from the document or the labels). */
    private boolean edited;
    /** Set while the fields are filled in code, so that is not taken as the user's edit. */
    private boolean filling;
    /** Set while this view writes the document's deployment, so it does not refill its fields. */
    private boolean writing;
    private String inferredFromLabels;
    /** The KV-cache headroom of the deployment shown: the file's, kept through edits. */
    private double headroom = DeploymentSpec.DEFAULT_KV_CACHE_HEADROOM_SHARE;

    public CapacityViewModel(PlannerViewModel planner, PulseScheduler scheduler) {
        super(planner, scheduler);
        for (var p : List.of(modelName, parametersText, gpuName, gpuMemoryText)) {
            p.addListener((obs, old, now) -> onEdited());
        }
        precision.addListener((obs, old, now) -> onEdited());
        gpusPerInstance.addListener((obs, old, now) -> onEdited());
        planner.deploymentProperty().addListener((obs, old, now) -> {
            if (!writing) {
                showDocument();
                requestRecompute();
            }
        });
        planner.addLoadListener(() -> { // another file: its deployment, or its labels', even if unchanged
            showDocument();
            requestRecompute();
        });
        showDocument();
        start();
    }

    public StringProperty modelNameProperty() {
        return modelName;
    }

    public StringProperty parametersTextProperty() {
        return parametersText;
    }

    public ObjectProperty<Precision> precisionProperty() {
        return precision;
    }

    public StringProperty gpuNameProperty() {
        return gpuName;
    }

    public StringProperty gpuMemoryTextProperty() {
        return gpuMemoryText;
    }

    public IntegerProperty gpusPerInstanceProperty() {
        return gpusPerInstance;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CapacityResult> capacityProperty() {
        return capacity.getReadOnlyProperty();
    }

    /** Plausibility warnings for the scenario with this deployment; empty when all is plausible. */
    public ReadOnlyObjectProperty<List<String>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** "Fits: one instance (1 × H100 80 GB) holds …" or "Does not fit: …". */
    public ReadOnlyStringProperty fitTextProperty() {
        return fitText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryTextProperty() {
        return memoryText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty instancesTextProperty() {
        return instancesText.getReadOnlyProperty();
    }

    /** Back to what the scenario's labels say, following them again: the document records none. */
    public void inferFromScenario() {
        writing = true;
        try {
            planner.deploymentProperty().set(null);
        } finally {
            writing = false;
        }
        showDocument();
        requestRecompute();
    }

    /** The document's deployment in the fields, or the labels' when it records none. */
    private void showDocument() {
        DeploymentSpec recorded = planner.deploymentProperty().get();
        if (recorded == null) {
            fillFrom(planner.scenario());
        } else {
            show(recorded, true);
            inferredFromLabels = null;
        }
        edited = false;
    }

    private void fillFrom(Scenario s) {
        inferredFromLabels = labels(s);
        show(DeploymentSpec.inferFrom(s), false);
    }

    /** Fills the fields; a recorded "k × GPU" label with k times the memory is k GPUs per instance. */
    private void show(DeploymentSpec d, boolean recorded) {
        String gpu = d.gpuName();
        double memory = d.gpuMemoryGb();
        int k = 1;
        Matcher m = gpu == null || !recorded ? null : INSTANCE.matcher(gpu);
        if (m != null && m.matches() && Integer.parseInt(m.group(1)) <= MAX_GPUS_PER_INSTANCE) {
            k = Integer.parseInt(m.group(1));
            gpu = m.group(2);
            memory = memory / k;
        }
        filling = true;
        try {
            headroom = d.kvCacheHeadroomShare();
            modelName.set(d.modelName() == null ? "" : d.modelName());
            parametersText.set(d.parametersBillions() > 0 ? NumberText.format(d.parametersBillions()) : "");
            precision.set(d.precision());
            gpuName.set(gpu == null ? "" : gpu);
            gpuMemoryText.set(memory > 0 ? NumberText.format(memory) : "");
            gpusPerInstance.set(k);
        } finally {
            filling = false;
        }
    }

    private static String labels(Scenario s) {
        return s.selfHost().model() + "\u0000" + s.selfHost().gpu();
    }

    private void onEdited() {
        if (filling) {
            return;
        }
        edited = true;
        DeploymentSpec typed = typedSpec();
        if (typed != null && !typed.equals(planner.deploymentProperty().get())) {
            writing = true;
            try {
                planner.deploymentProperty().set(typed); // the user's deployment, saved with the file
            } finally {
                writing = false;
            }
        }
        requestRecompute();
    }

    /** The deployment typed, or null (with a message) when a number is bad. Blank numbers = unknown. */
    DeploymentSpec typedSpec() {
        Double params = number("Model parameters (billions)", parametersText.get());
        Double memory = number("GPU memory (GB)", gpuMemoryText.get());
        if (params == null || memory == null) {
            return null;
        }
        if (gpusPerInstance.get() < 1 || gpusPerInstance.get() > 64) {
            error.set("GPUs per instance: allowed 1 … 64");
            return null;
        }
        int k = gpusPerInstance.get();
        if (memory * k > MAX_NUMBER) {
            error.set("GPU memory (GB): " + k + " GPUs of " + NumberText.format(memory) + " GB are more than an instance "
                    + "may have; allowed up to 1,000,000 GB per instance");
            return null;
        }
        error.set("");
        String gpu = gpuName.get() == null || gpuName.get().isBlank() ? null : gpuName.get().strip();
        String instance = k == 1 || gpu == null ? gpu : k + " \u00d7 " + gpu;
        return new DeploymentSpec(modelName.get() == null || modelName.get().isBlank() ? null : modelName.get().strip(),
                params, precision.get(), instance, memory * k, headroom);
    }

    private Double number(String name, String text) {
        if (text == null || text.isBlank()) {
            return 0.0;
        }
        OptionalDouble v = NumberText.parse(text);
        if (v.isEmpty() || v.getAsDouble() < 0 || v.getAsDouble() > MAX_NUMBER) {
            error.set(name + ": " + (v.isEmpty() ? "\"" + text.strip() + "\" is not a number" : "out of range")
                    + "; allowed 0 … 1,000,000 (blank = unknown)");
            return null;
        }
        return v.getAsDouble();
    }

    @Override
    protected void recompute(Scenario scenario) {
        if (!edited && planner.deploymentProperty().get() == null && !labels(scenario).equals(inferredFromLabels)) {
            fillFrom(scenario); // none recorded and new labels (e.g. from the price catalog): follow them
        }
        DeploymentSpec d = typedSpec();
        if (d == null) {
            return;
        }
        spec.set(d);
        CapacityResult c = Capacity.assess(scenario, d);
        capacity.set(c);
        warnings.set(List.copyOf(Plausibility.warnings(scenario, d)));
        int k = gpusPerInstance.get();
        String instance = k + " × " + (gpuName.get() == null || gpuName.get().isBlank() ? "GPU" : gpuName.get().strip())
                + (d.gpuMemoryKnown() ? " = " + NumberText.format(d.gpuMemoryGb()) + " GB" : "");
        memoryText.set(d.modelKnown()
                ? NumberText.format(c.weightsGb(), 3) + " GB of weights at " + d.precision().label() + " + "
                + NumberText.format(d.kvCacheHeadroomShare() * 100) + " % KV-cache headroom = "
                + NumberText.format(c.requiredGb(), 3) + " GB needed"
                : "Model size unknown: enter its parameters");
        if (c.gpusToHold() == null) {
            fitText.set("Unknown: enter " + (d.modelKnown() ? "" : "the model's parameters")
                    + (!d.modelKnown() && !d.gpuMemoryKnown() ? " and " : "")
                    + (d.gpuMemoryKnown() ? "" : "the GPU's memory (the label \"" + (gpuName.get() == null ? "" : gpuName.get())
                    + "\" is not in the built-in table)"));
        } else if (c.fitsOneGpu()) {
            fitText.set("Fits: one instance (" + instance + ") holds the model");
        } else {
            int perGpu = (int) Math.ceil(c.requiredGb() / (d.gpuMemoryGb() / k));
            fitText.set("Does not fit: one instance (" + instance + ") is too small; it takes " + perGpu
                    + " such GPUs per instance");
        }
        if (c.instancesForVolume() == null) {
            instancesText.set("Throughput not set (output tokens per second = 0): one instance assumed");
        } else if (!Double.isFinite(c.busyHoursPerDay())) {
            // A throughput barely above 0 (e.g. 3e-320 tokens/s) makes the busy hours overflow.
            instancesText.set("Throughput too low to size: the volume needs more GPU hours a day than can be computed");
        } else {
            long gpus = c.instancesForVolume() * (long) Math.max(k, neededPerInstance(c, d, k));
            instancesText.set(c.instancesForVolume() + (c.instancesForVolume() == 1 ? " instance" : " instances")
                    + " for the volume (" + NumberText.format(c.busyHoursPerDay(), 3) + " busy GPU hours a day, load "
                    + NumberText.format(c.loadFactor() * 100, 3) + " %), " + gpus + " GPUs in all");
        }
    }

    private static int neededPerInstance(CapacityResult c, DeploymentSpec d, int k) {
        return c.gpusToHold() == null || !d.gpuMemoryKnown() ? k : (int) Math.ceil(c.requiredGb() / (d.gpuMemoryGb() / k));
    }
}
