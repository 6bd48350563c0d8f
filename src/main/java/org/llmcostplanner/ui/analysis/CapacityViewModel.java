package org.llmcostplanner.ui.analysis;

import java.util.List;
import java.util.OptionalDouble;
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
 * <p>The deployment starts from what the scenario's labels say ({@link DeploymentSpec#inferFrom})
 * and follows them until the user edits a deployment field. An instance of k GPUs is checked as one
 * GPU with k times the memory, so the warnings and the fit agree.
 */
public final class CapacityViewModel extends LiveAnalysis {

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
    private boolean edited;
    private boolean filling;
    private String inferredFromLabels;

    public CapacityViewModel(PlannerViewModel planner, PulseScheduler scheduler) {
        super(planner, scheduler);
        for (var p : List.of(modelName, parametersText, gpuName, gpuMemoryText)) {
            p.addListener((obs, old, now) -> onEdited());
        }
        precision.addListener((obs, old, now) -> onEdited());
        gpusPerInstance.addListener((obs, old, now) -> onEdited());
        fillFrom(planner.scenario());
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

    /** Back to what the scenario's labels say, following them again. */
    public void inferFromScenario() {
        edited = false;
        fillFrom(planner.scenario());
        requestRecompute();
    }

    private void fillFrom(Scenario s) {
        DeploymentSpec d = DeploymentSpec.inferFrom(s);
        inferredFromLabels = labels(s);
        filling = true;
        try {
            modelName.set(d.modelName() == null ? "" : d.modelName());
            parametersText.set(d.parametersBillions() > 0 ? NumberText.format(d.parametersBillions()) : "");
            precision.set(d.precision());
            gpuName.set(d.gpuName() == null ? "" : d.gpuName());
            gpuMemoryText.set(d.gpuMemoryGb() > 0 ? NumberText.format(d.gpuMemoryGb()) : "");
            gpusPerInstance.set(1);
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
        error.set("");
        int k = gpusPerInstance.get();
        String gpu = gpuName.get() == null || gpuName.get().isBlank() ? null : gpuName.get().strip();
        String instance = k == 1 || gpu == null ? gpu : k + " × " + gpu;
        return DeploymentSpec.of(modelName.get() == null || modelName.get().isBlank() ? null : modelName.get().strip(),
                params, precision.get(), instance, memory * k);
    }

    private Double number(String name, String text) {
        if (text == null || text.isBlank()) {
            return 0.0;
        }
        OptionalDouble v = NumberText.parse(text);
        if (v.isEmpty() || v.getAsDouble() < 0 || v.getAsDouble() > 1e6) {
            error.set(name + ": " + (v.isEmpty() ? "\"" + text.strip() + "\" is not a number" : "out of range")
                    + "; allowed 0 … 1,000,000 (blank = unknown)");
            return null;
        }
        return v.getAsDouble();
    }

    @Override
    protected void recompute(Scenario scenario) {
        if (!edited && !labels(scenario).equals(inferredFromLabels)) {
            fillFrom(scenario); // new labels (e.g. another file opened): follow them
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
