package org.llmcostplanner.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The checks every part of a scenario file's tree shares: objects, finite numbers, strings,
 * unknown and missing keys, each failure one {@link ScenarioFormatException} naming the JSON path.
 */
final class SectionReader {

    private final String source;

    SectionReader(String source) {
        this.source = source;
    }

    ScenarioFormatException error(String path, String problem) {
        return new ScenarioFormatException(source, path, problem);
    }

    /** The node's fields, after checking that it is an object whose keys are all allowed. */
    Iterator<Map.Entry<String, JsonNode>> fields(String path, JsonNode node, List<String> allowed)
            throws ScenarioFormatException {
        if (!node.isObject()) {
            throw error(path, "must be an object, found " + ScenarioTree.describe(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw error(path + "." + key, unknown("field in \"" + path + "\"", key, allowed));
            }
        }
        return node.fields();
    }

    /** The value of a key that must be present. */
    JsonNode required(String path, JsonNode object, String key, String allowed) throws ScenarioFormatException {
        JsonNode value = object.get(key);
        if (value == null) {
            throw error(path + "." + key, "missing; allowed " + allowed);
        }
        return value;
    }

    /** A finite JSON number; {@code allowed} says the range for the message. */
    double number(String path, JsonNode node, String allowed) throws ScenarioFormatException {
        if (!node.isNumber()) {
            throw error(path, "must be a number, found " + ScenarioTree.describe(node) + "; allowed " + allowed);
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw error(path, "number is too large (beyond ±1.8e308); allowed " + allowed);
        }
        return value;
    }

    String text(String path, JsonNode node) throws ScenarioFormatException {
        if (!node.isTextual()) {
            throw error(path, "must be a string, found " + ScenarioTree.describe(node));
        }
        return node.textValue();
    }

    /** "unknown …; did you mean …?" when only the case differs, else the allowed keys. */
    static String unknown(String what, String key, List<String> allowed) {
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(key)) {
                return "unknown " + what + "; did you mean \"" + candidate + "\"?";
            }
        }
        return "unknown " + what + "; allowed: " + String.join(", ", allowed);
    }
}
