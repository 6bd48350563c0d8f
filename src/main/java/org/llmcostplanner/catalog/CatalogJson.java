package org.llmcostplanner.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one JSON shape of a catalog entry, shared by the built-in resource, the user's file and the
 * CLI output. Field names are a contract (additive changes only): {@code kind}, {@code name},
 * {@code provider}, {@code inputPricePerMTok}, {@code outputPricePerMTok},
 * {@code cachedInputPricePerMTok} (API) or {@code hourlyRate}, {@code memoryGb} (GPU),
 * {@code source}, {@code checked} (ISO date), {@code confidence}; optional extras
 * {@code batchInputPricePerMTok}, {@code batchOutputPricePerMTok}, {@code batchDiscount},
 * {@code gpuCount} and {@code note}.
 */
public final class CatalogJson {

    /** Version of the document format ({"version": 1, "entries": [...]}). */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CatalogJson() {
    }

    /** Entries read from a document, and what was wrong with the ones left out. */
    public record Parsed(List<CatalogEntry> entries, List<String> problems) {
        public Parsed {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    /** The catalog as a JSON array of entries (the CLI's {@code catalog} output). */
    public static String toJsonArray(List<? extends CatalogEntry> entries) {
        ArrayNode array = MAPPER.createArrayNode();
        entries.forEach(e -> array.add(toJson(e)));
        return write(array);
    }

    /** A whole document: {"version": 1, "entries": [...]}, as UTF-8 bytes. */
    public static byte[] toDocument(List<? extends CatalogEntry> entries) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("version", VERSION);
        ArrayNode array = doc.putArray("entries");
        entries.forEach(e -> array.add(toJson(e)));
        return (write(doc) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static ObjectNode toJson(CatalogEntry entry) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", entry.kind());
        o.put("name", entry.name());
        o.put("provider", entry.provider());
        if (entry instanceof ApiModelPrice a) {
            o.put("inputPricePerMTok", a.inputPricePerMTok());
            o.put("outputPricePerMTok", a.outputPricePerMTok());
            o.put("cachedInputPricePerMTok", a.cachedInputPricePerMTok());
            putIfPresent(o, "batchInputPricePerMTok", a.batchInputPricePerMTok());
            putIfPresent(o, "batchOutputPricePerMTok", a.batchOutputPricePerMTok());
            putIfPresent(o, "batchDiscount", a.batchDiscount());
        } else if (entry instanceof GpuOffer g) {
            o.put("hourlyRate", g.hourlyRate());
            o.put("memoryGb", g.memoryGb());
            o.put("gpuCount", g.gpuCount());
        }
        o.put("source", entry.source());
        o.put("checked", entry.checked().toString());
        o.put("confidence", entry.confidence().jsonName());
        if (entry.note() != null) {
            o.put("note", entry.note());
        }
        return o;
    }

    /**
     * Reads a document ({"version": 1, "entries": [...]}) or a bare array of entries. Entries that
     * are invalid are left out and described in {@link Parsed#problems()}, naming entry and field.
     */
    public static Parsed readDocument(JsonNode root) {
        JsonNode array = root != null && root.isObject() ? root.get("entries") : root;
        if (array == null || !array.isArray()) {
            return new Parsed(List.of(), List.of("expected a JSON object with an \"entries\" array"));
        }
        List<CatalogEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            try {
                entries.add(fromJson(node));
            } catch (InvalidEntryException e) {
                problems.add(describeEntry(i, node) + ": " + e.getMessage());
            }
        }
        return new Parsed(entries, problems);
    }

    /** One entry from its JSON object; the exception names the offending field. */
    public static CatalogEntry fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidEntryException("entry", "must be a JSON object");
        }
        String kind = text(node, "kind");
        if (ApiModelPrice.KIND.equals(kind)) {
            return new ApiModelPrice(text(node, "name"), text(node, "provider"),
                    number(node, "inputPricePerMTok"), number(node, "outputPricePerMTok"),
                    optionalNumber(node, "cachedInputPricePerMTok"),
                    optionalNumber(node, "batchInputPricePerMTok"), optionalNumber(node, "batchOutputPricePerMTok"),
                    optionalNumber(node, "batchDiscount"),
                    text(node, "source"), date(node), confidence(node), text(node, "note"));
        }
        if (GpuOffer.KIND.equals(kind)) {
            return new GpuOffer(text(node, "name"), text(node, "provider"),
                    number(node, "hourlyRate"), number(node, "memoryGb"), gpuCount(node),
                    text(node, "source"), date(node), confidence(node), text(node, "note"));
        }
        throw new InvalidEntryException("kind", (kind == null ? "is missing" : "\"" + kind + "\" is unknown")
                + "; allowed \"api\" or \"gpu\"");
    }

    private static String describeEntry(int index, JsonNode node) {
        JsonNode name = node != null && node.isObject() ? node.get("name") : null;
        String label = "entry " + (index + 1);
        return name != null && name.isTextual() ? label + " (\"" + name.asText() + "\")" : label;
    }

    private static void putIfPresent(ObjectNode o, String field, Double value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidEntryException(field, "must be text");
        }
        return v.asText();
    }

    private static double number(JsonNode node, String field) {
        Double v = optionalNumber(node, field);
        if (v == null) {
            throw new InvalidEntryException(field, "is missing");
        }
        return v;
    }

    private static Double optionalNumber(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new InvalidEntryException(field, "must be a number");
        }
        return v.doubleValue();
    }

    private static int gpuCount(JsonNode node) {
        JsonNode v = node.get("gpuCount");
        if (v == null || v.isNull()) {
            return 1;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new InvalidEntryException("gpuCount", "must be a whole number ≥ 1");
        }
        return v.intValue();
    }

    private static LocalDate date(JsonNode node) {
        String text = text(node, "checked");
        if (text == null) {
            throw new InvalidEntryException("checked", "is missing");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidEntryException("checked", "\"" + text + "\" is not an ISO date (YYYY-MM-DD)");
        }
    }

    private static Confidence confidence(JsonNode node) {
        String text = text(node, "confidence");
        Confidence c = Confidence.fromJsonName(text);
        if (c == null) {
            throw new InvalidEntryException("confidence", (text == null ? "is missing" : "\"" + text + "\" is unknown")
                    + "; allowed \"solid\" or \"uncertain\"");
        }
        return c;
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write catalog JSON", e);
        }
    }
}
