package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import org.llmcostplanner.model.MonthlyCosts;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The spec's report object (cost-model-v1.md, "CLI report"): keys in the spec's order, doubles at
 * full precision, null for "none"; then {@code "warnings"}, an array of strings (empty when none),
 * added after the spec's keys so readers of the v1 report are unaffected. Non-ASCII text is
 * \\u-escaped so the output is the same bytes whatever the console's encoding.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static String toJson(Report r) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = JsonSupport.prettyGenerator(out)) {
            gen.enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
            gen.writeStartObject();
            gen.writeStringField("name", r.name());
            gen.writeNumberField("requestsPerDay", r.requestsPerDay());
            gen.writeNumberField("apiCostPerRequest", r.apiCostPerRequest());
            writeMonthly(gen, r.monthly());
            writeOptional(gen, "gpuInstances", r.gpuInstances());
            gen.writeNumberField("oneTimeCost", r.oneTimeCost());
            writeOptional(gen, "paybackMonths", r.paybackMonths());
            gen.writeObjectFieldStart("breakEven");
            writeOptional(gen, "rawRequestsPerDay", r.rawBreakEven());
            writeOptional(gen, "withOpsRequestsPerDay", r.withOpsBreakEven());
            gen.writeEndObject();
            gen.writeArrayFieldStart("warnings");
            for (String warning : r.warnings()) {
                gen.writeString(warning);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out.toString() + "\n";
    }

    private static void writeMonthly(JsonGenerator gen, MonthlyCosts m) throws IOException {
        gen.writeObjectFieldStart("monthly");
        gen.writeNumberField("apiOnly", m.apiOnly());
        gen.writeNumberField("planApi", m.planApi());
        gen.writeNumberField("gpu", m.gpu());
        gen.writeNumberField("ops", m.ops());
        gen.writeNumberField("migration", m.migration());
        gen.writeNumberField("plan", m.plan());
        gen.writeNumberField("savings", m.savings());
        gen.writeEndObject();
    }

    private static void writeOptional(JsonGenerator gen, String key, OptionalDouble value) throws IOException {
        gen.writeFieldName(key);
        if (value.isPresent()) {
            gen.writeNumber(value.getAsDouble());
        } else {
            gen.writeNull();
        }
    }

    private static void writeOptional(JsonGenerator gen, String key, OptionalLong value) throws IOException {
        gen.writeFieldName(key);
        if (value.isPresent()) {
            gen.writeNumber(value.getAsLong());
        } else {
            gen.writeNull();
        }
    }
}
