package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.llmcostplanner.analysis.DeploymentSpec;
import org.llmcostplanner.analysis.Precision;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The {@code deployment} section of scenario file v2: what the capacity check needs beyond the
 * v1 inputs ({@link DeploymentSpec}). Every key is optional; absent keys take the record's
 * "unknown" values (0 parameters, 0 GB, no labels), INT4 and the default KV-cache headroom.
 */
final class DeploymentSection {

    static final String KEY = "deployment";
    static final String MODEL = "model";
    static final String PARAMETERS = "parametersBillions";
    static final String PRECISION = "precision";
    static final String GPU = "gpu";
    static final String GPU_MEMORY = "gpuMemoryGb";
    static final String HEADROOM = "kvCacheHeadroomShare";

    /** Upper bounds that keep the memory arithmetic finite; far above any real model or GPU. */
    static final double MAX_PARAMETERS_BILLIONS = 1e6;
    static final double MAX_GPU_MEMORY_GB = 1e6;
    static final double MAX_HEADROOM_SHARE = 10;

    /** In the order they are written. */
    static final List<String> KEYS = List.of(MODEL, PARAMETERS, PRECISION, GPU, GPU_MEMORY, HEADROOM);

    private DeploymentSection() {
    }

    static DeploymentSpec read(JsonNode node, SectionReader in) throws ScenarioFormatException {
        in.fields(KEY, node, KEYS);
        String model = node.has(MODEL) ? in.text(path(MODEL), node.get(MODEL)) : null;
        String gpu = node.has(GPU) ? in.text(path(GPU), node.get(GPU)) : null;
        Precision precision = node.has(PRECISION) ? precision(node.get(PRECISION), in) : Precision.INT4;
        double parameters = number(node, PARAMETERS, 0, in);
        double memory = number(node, GPU_MEMORY, 0, in);
        double headroom = number(node, HEADROOM, DeploymentSpec.DEFAULT_KV_CACHE_HEADROOM_SHARE, in);
        return new DeploymentSpec(model, parameters, precision, gpu, memory, headroom);
    }

    /** Null when the spec can be written (and read back), else the first problem, naming its path. */
    static String problem(DeploymentSpec d) {
        String[] keys = {PARAMETERS, GPU_MEMORY, HEADROOM};
        double[] values = {d.parametersBillions(), d.gpuMemoryGb(), d.kvCacheHeadroomShare()};
        for (int i = 0; i < keys.length; i++) {
            String p = rangeProblem(keys[i], values[i]);
            if (p != null) {
                return path(keys[i]) + ": " + p;
            }
        }
        return null;
    }

    static void write(JsonGenerator gen, DeploymentSpec d) throws IOException {
        gen.writeObjectFieldStart(KEY);
        if (d.modelName() != null) {
            gen.writeStringField(MODEL, d.modelName());
        }
        gen.writeNumberField(PARAMETERS, d.parametersBillions());
        gen.writeStringField(PRECISION, d.precision().label());
        if (d.gpuName() != null) {
            gen.writeStringField(GPU, d.gpuName());
        }
        gen.writeNumberField(GPU_MEMORY, d.gpuMemoryGb());
        gen.writeNumberField(HEADROOM, d.kvCacheHeadroomShare());
        gen.writeEndObject();
    }

    private static double number(JsonNode node, String key, double absent, SectionReader in)
            throws ScenarioFormatException {
        if (!node.has(key)) {
            return absent;
        }
        double value = in.number(path(key), node.get(key), allowed(key));
        String problem = rangeProblem(key, value);
        if (problem != null) {
            throw in.error(path(key), problem);
        }
        return value;
    }

    /** Null when 0 ≤ value ≤ the key's maximum, else the problem naming the allowed range. */
    private static String rangeProblem(String key, double value) {
        if (Double.isFinite(value) && value >= 0 && value <= max(key)) {
            return null;
        }
        String shown = Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%.0f", value) : String.valueOf(value);
        return shown + " is out of range; allowed " + allowed(key);
    }

    private static double max(String key) {
        return switch (key) {
            case PARAMETERS -> MAX_PARAMETERS_BILLIONS;
            case GPU_MEMORY -> MAX_GPU_MEMORY_GB;
            default -> MAX_HEADROOM_SHARE;
        };
    }

    private static String allowed(String key) {
        String range = "0 … " + String.format(Locale.ROOT, "%.0f", max(key));
        return key.equals(HEADROOM) ? range + " (share of the weights)" : range + " (0 = unknown)";
    }

    private static Precision precision(JsonNode node, SectionReader in) throws ScenarioFormatException {
        StringBuilder allowed = new StringBuilder();
        for (Precision p : Precision.values()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append('"').append(p.label()).append('"');
        }
        if (!node.isTextual()) {
            throw in.error(path(PRECISION), "must be a string, found " + ScenarioTree.describe(node) + "; allowed " + allowed);
        }
        for (Precision p : Precision.values()) {
            if (p.label().equals(node.textValue())) {
                return p;
            }
        }
        throw in.error(path(PRECISION), ScenarioTree.describe(node) + " is not a precision; allowed " + allowed);
    }

    private static String path(String key) {
        return KEY + "." + key;
    }
}
