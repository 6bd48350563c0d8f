package org.llmcostplanner.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.llmcostplanner.analysis.DeploymentSpec;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.model.ApiPricing;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.SelfHost;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the meaning of a scenario file's JSON tree: format and version first (another format's
 * fields would be meaningless), then every field, each checked for type and range. Absent fields
 * keep the spec's defaults; unknown fields are errors, so a typo never falls back to a default.
 * Version 1 files are migrated on load: they are version 2 files without the v2 sections (and a
 * v2 section in a version 1 file is an error, as it would have been for a version 1 reader).
 */
final class ScenarioTree {

    private final String source;
    private final SectionReader sections;

    private ScenarioTree(String source) {
        this.source = source;
        this.sections = new SectionReader(source);
    }

    static ScenarioDocument toDocument(JsonNode root, String source) throws ScenarioFormatException {
        return new ScenarioTree(source).read(root);
    }

    private ScenarioDocument read(JsonNode root) throws ScenarioFormatException {
        if (!root.isObject()) {
            throw error(null, "the top level must be a JSON object, found " + describe(root));
        }
        checkFormat(root.get(ScenarioFormat.FORMAT_KEY));
        int version = checkVersion(root.get(ScenarioFormat.VERSION_KEY));
        Scenario scenario = readScenario(root);
        Presentation presentation = null;
        List<InputRange> ranges = List.of();
        DeploymentSpec deployment = null;
        for (String key : ScenarioFormat.versionTwoKeys()) {
            JsonNode node = root.get(key);
            if (node == null) {
                continue;
            }
            if (version < 2) {
                throw error(key, "is a version 2 section, but the file says \"version\": " + version
                        + "; set \"version\": 2 to use it");
            }
            switch (key) {
                case PresentationSection.KEY -> presentation = PresentationSection.read(node, sections);
                case RangesSection.KEY -> ranges = RangesSection.read(node, sections);
                default -> deployment = DeploymentSection.read(node, sections);
            }
        }
        return new ScenarioDocument(scenario, presentation, ranges, deployment);
    }

    /** The v1 part: header fields, labels and the five input sections. */
    private Scenario readScenario(JsonNode root) throws ScenarioFormatException {
        Scenario scenario = Scenario.defaults();
        List<String> allowed = ScenarioFormat.topLevelKeys();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            InputField.Section section = ScenarioFormat.sectionByJsonName(key);
            if (section != null) {
                scenario = readSection(scenario, section, e.getValue());
            } else if (key.equals(ScenarioFormat.NAME_KEY)) {
                scenario = scenario.withName(text(key, e.getValue()));
            } else if (key.equals(ScenarioFormat.NOTES_KEY)) {
                scenario = scenario.withNotes(text(key, e.getValue()));
            } else if (!key.equals(ScenarioFormat.FORMAT_KEY) && !key.equals(ScenarioFormat.VERSION_KEY)
                    && !ScenarioFormat.versionTwoKeys().contains(key)) {
                throw error(key, unknown("top-level field", key, allowed));
            }
        }
        return scenario;
    }

    private void checkFormat(JsonNode node) throws ScenarioFormatException {
        String expected = "\"" + ScenarioFormat.FORMAT + "\"";
        if (node == null) {
            throw error(ScenarioFormat.FORMAT_KEY, "missing; a scenario file has \"format\": " + expected);
        }
        if (!node.isTextual() || !node.textValue().equals(ScenarioFormat.FORMAT)) {
            throw error(ScenarioFormat.FORMAT_KEY, describe(node) + " is not a scenario file; expected " + expected);
        }
    }

    /** The file's version, after checking that this planner reads it. */
    private int checkVersion(JsonNode node) throws ScenarioFormatException {
        String key = ScenarioFormat.VERSION_KEY;
        String supported = "this planner reads versions " + ScenarioFormat.OLDEST_VERSION
                + (ScenarioFormat.VERSION == ScenarioFormat.OLDEST_VERSION + 1 ? " and " : " to ") + ScenarioFormat.VERSION;
        if (node == null) {
            throw error(key, "missing; expected " + ScenarioFormat.VERSION + " (or " + ScenarioFormat.OLDEST_VERSION
                    + " for older files)");
        }
        if (!node.isNumber() || !node.canConvertToExactIntegral()) {
            throw error(key, "must be a whole number, found " + describe(node) + "; " + supported);
        }
        BigInteger version = node.bigIntegerValue();
        if (version.compareTo(BigInteger.valueOf(ScenarioFormat.VERSION)) > 0) {
            throw error(key, "version " + version + " is newer than this planner supports; " + supported
                    + " (update the planner)");
        }
        if (version.compareTo(BigInteger.valueOf(ScenarioFormat.OLDEST_VERSION)) < 0) {
            throw error(key, "version " + version + " is not supported; " + supported);
        }
        return version.intValueExact();
    }

    private Scenario readSection(Scenario scenario, InputField.Section section, JsonNode node)
            throws ScenarioFormatException {
        String sectionName = section.jsonName();
        if (!node.isObject()) {
            throw error(sectionName, "must be an object, found " + describe(node));
        }
        Scenario s = scenario;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String path = sectionName + "." + key;
            InputField field = ScenarioFormat.field(section, key);
            if (field != null) {
                s = field.with(s, number(field, e.getValue()));
            } else if (ScenarioFormat.textKeys(section).contains(key)) {
                s = withText(s, section, key, path, e.getValue());
            } else {
                throw error(path, unknown("field in \"" + sectionName + "\"", key, ScenarioFormat.sectionKeys(section)));
            }
        }
        return s;
    }

    private Scenario withText(Scenario s, InputField.Section section, String key, String path, JsonNode node)
            throws ScenarioFormatException {
        if (key.equals(ScenarioFormat.BILLING_KEY)) {
            return s.withBilling(billing(path, node));
        }
        String value = text(path, node);
        if (section == InputField.Section.API) {
            ApiPricing a = s.api();
            return s.withApi(new ApiPricing(value, a.inputPricePerMTok(), a.outputPricePerMTok(),
                    a.cachedInputPricePerMTok(), a.cacheHitShare(), a.batchShare(), a.batchDiscount()));
        }
        SelfHost h = s.selfHost();
        String model = key.equals(ScenarioFormat.MODEL_KEY) ? value : h.model();
        String gpu = key.equals(ScenarioFormat.GPU_KEY) ? value : h.gpu();
        return s.withSelfHost(new SelfHost(model, gpu, h.billing(), h.flatMonthlyCost(), h.hourlyRate(),
                h.outputTokensPerSecond(), h.utilization(), h.minBilledHoursPerDay()));
    }

    private Billing billing(String path, JsonNode node) throws ScenarioFormatException {
        StringBuilder allowed = new StringBuilder();
        for (Billing b : Billing.values()) {
            allowed.append(allowed.length() == 0 ? "" : " or ").append('"').append(b.jsonName()).append('"');
        }
        if (!node.isTextual()) {
            throw error(path, "must be a string, found " + describe(node) + "; allowed " + allowed);
        }
        Billing billing = Billing.fromJsonName(node.textValue());
        if (billing == null) {
            throw error(path, describe(node) + " is not a billing; allowed " + allowed);
        }
        return billing;
    }

    private double number(InputField field, JsonNode node) throws ScenarioFormatException {
        if (!node.isNumber()) {
            throw error(field.path(), "must be a number, found " + describe(node) + "; allowed " + field.rangeText());
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw error(field.path(), "number is too large (beyond ±1.8e308); allowed " + field.rangeText());
        }
        String problem = field.check(value);
        if (problem != null) {
            throw error(field.path(), problem);
        }
        return value;
    }

    private String text(String path, JsonNode node) throws ScenarioFormatException {
        if (!node.isTextual()) {
            throw error(path, "must be a string, found " + describe(node));
        }
        return node.textValue();
    }

    private static String unknown(String what, String key, List<String> allowed) {
        return SectionReader.unknown(what, key, allowed);
    }

    /** A short description of a JSON value for messages, e.g. {@code the string "NaN"}. */
    static String describe(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String t = node.textValue();
            String shown = t.length() > 40 ? t.substring(0, 40) + "…" : t;
            return "the string \"" + shown + "\"";
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private ScenarioFormatException error(String path, String problem) {
        return new ScenarioFormatException(source, path, problem);
    }
}
