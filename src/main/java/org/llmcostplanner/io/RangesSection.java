package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.analysis.Uncertainty;
import org.llmcostplanner.model.InputField;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The {@code ranges} section of scenario file v2: low/high per input, keyed by the input's JSON
 * path, e.g. {@code {"ops.maintenanceHoursPerMonth": {"low": 2, "high": 4}}}. Each bound must be
 * valid for the input and low ≤ high; at most {@link Uncertainty#MAX_RANGED_INPUTS} ranges with
 * low < high, since the uncertainty analysis takes no more.
 */
final class RangesSection {

    static final String KEY = "ranges";
    static final String LOW = "low";
    static final String HIGH = "high";
    private static final List<String> BOUND_KEYS = List.of(LOW, HIGH);

    private RangesSection() {
    }

    /** Every key the section allows: the inputs' JSON paths in {@link InputField} order. */
    static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (InputField f : InputField.values()) {
            keys.add(f.path());
        }
        return keys;
    }

    static List<InputRange> read(JsonNode node, SectionReader in) throws ScenarioFormatException {
        List<InputRange> ranges = new ArrayList<>();
        int moving = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(KEY, node, keys()); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            InputField field = byPath(e.getKey());
            InputRange range = range(field, KEY + "." + field.path(), e.getValue(), in);
            moving += range.isPoint() ? 0 : 1;
            ranges.add(range);
        }
        if (moving > Uncertainty.MAX_RANGED_INPUTS) {
            throw in.error(KEY, ScenarioDocument.tooManyRanges(moving));
        }
        return ranges;
    }

    private static InputRange range(InputField field, String path, JsonNode node, SectionReader in)
            throws ScenarioFormatException {
        in.fields(path, node, BOUND_KEYS);
        double low = bound(field, path, LOW, node, in);
        double high = bound(field, path, HIGH, node, in);
        if (low > high) {
            throw in.error(path, "low " + number(low) + " is above high " + number(high) + "; low must be ≤ high");
        }
        return new InputRange(field, low, high);
    }

    private static double bound(InputField field, String path, String key, JsonNode range, SectionReader in)
            throws ScenarioFormatException {
        String boundPath = path + "." + key;
        double value = in.number(boundPath, in.required(path, range, key, field.rangeText()), field.rangeText());
        String problem = field.check(value);
        if (problem != null) {
            throw in.error(boundPath, problem + " (the range of " + field.path() + ")");
        }
        return value;
    }

    static void write(JsonGenerator gen, List<InputRange> ranges) throws IOException {
        gen.writeObjectFieldStart(KEY);
        for (InputRange r : ranges) {
            gen.writeObjectFieldStart(r.input().path());
            gen.writeNumberField(LOW, r.low());
            gen.writeNumberField(HIGH, r.high());
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    private static InputField byPath(String path) {
        for (InputField f : InputField.values()) {
            if (f.path().equals(path)) {
                return f;
            }
        }
        throw new IllegalStateException("key was checked against keys(): " + path);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : Double.toString(v);
    }
}
