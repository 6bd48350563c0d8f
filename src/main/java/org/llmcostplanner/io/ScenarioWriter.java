package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonGenerator;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a scenario document as format v2: fixed key order (top level, then each section's text
 * keys and its numeric inputs in {@link InputField} order, then the v2 sections that are present),
 * every number as a JSON double, so the same document always gives the same bytes and files diff well.
 */
final class ScenarioWriter {

    private ScenarioWriter() {
    }

    static String toJson(ScenarioDocument document) {
        Scenario scenario = document.scenario();
        String invalid = scenario.firstInvalidInput();
        if (invalid == null && document.deployment() != null) {
            invalid = DeploymentSection.problem(document.deployment());
        }
        if (invalid != null) {
            // A file that could not be loaded again must never be written.
            throw new IllegalArgumentException("cannot save an invalid scenario: " + invalid);
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = JsonSupport.prettyGenerator(out)) {
            gen.writeStartObject();
            gen.writeStringField(ScenarioFormat.FORMAT_KEY, ScenarioFormat.FORMAT);
            gen.writeNumberField(ScenarioFormat.VERSION_KEY, ScenarioFormat.VERSION);
            gen.writeStringField(ScenarioFormat.NAME_KEY, scenario.name());
            gen.writeStringField(ScenarioFormat.NOTES_KEY, scenario.notes());
            for (InputField.Section section : InputField.Section.values()) {
                gen.writeObjectFieldStart(section.jsonName());
                writeTextKeys(gen, scenario, section);
                for (InputField field : InputField.values()) {
                    if (field.section() == section && isStored(scenario, field)) {
                        gen.writeNumberField(field.jsonName(), field.get(scenario));
                    }
                }
                gen.writeEndObject();
            }
            writeExtras(gen, document);
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out.toString() + "\n";
    }

    /** The v2 sections, each only when it holds something, in {@link ScenarioFormat#versionTwoKeys()} order. */
    private static void writeExtras(JsonGenerator gen, ScenarioDocument d) throws IOException {
        if (d.presentation() != null) {
            PresentationSection.write(gen, d.presentation());
        }
        if (!d.ranges().isEmpty()) {
            RangesSection.write(gen, d.ranges());
        }
        if (d.deployment() != null) {
            DeploymentSection.write(gen, d.deployment());
        }
    }

    /** The cache-read price is stored only when set; absent means "follow 0.1 × input price". */
    private static boolean isStored(Scenario scenario, InputField field) {
        return field != InputField.CACHED_INPUT_PRICE_PER_MTOK || scenario.api().cachedInputPricePerMTok() != null;
    }

    private static void writeTextKeys(JsonGenerator gen, Scenario s, InputField.Section section) throws IOException {
        for (String key : ScenarioFormat.textKeys(section)) {
            String value;
            if (section == InputField.Section.API) {
                value = s.api().model();
            } else if (key.equals(ScenarioFormat.BILLING_KEY)) {
                value = s.selfHost().billing().jsonName();
            } else if (key.equals(ScenarioFormat.MODEL_KEY)) {
                value = s.selfHost().model();
            } else {
                value = s.selfHost().gpu();
            }
            if (value != null) {
                gen.writeStringField(key, value);
            }
        }
    }
}
