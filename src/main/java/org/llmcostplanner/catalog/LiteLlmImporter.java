package org.llmcostplanner.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Imports chat-model prices from LiteLLM's {@code model_prices_and_context_window.json}: a top-level
 * object keyed by model id whose rows give USD per token. Only the fields the planner uses are
 * read; the file is streamed row by row under size and nesting limits, since it is downloaded
 * from the internet and the real one already has thousands of rows.
 */
public final class LiteLlmImporter {

    public static final String SOURCE = "LiteLLM model_prices_and_context_window.json";
    /** The real file is about 1.6 MB; anything past this is not a price file. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    static final String SAMPLE_SPEC_KEY = "sample_spec";
    private static final String INPUT = "input_cost_per_token";
    private static final String OUTPUT = "output_cost_per_token";
    private static final String CACHE_READ = "cache_read_input_token_cost";
    private static final String BATCH_INPUT = "input_cost_per_token_batches";
    private static final String BATCH_OUTPUT = "output_cost_per_token_batches";
    private static final String[] PRICE_FIELDS = {INPUT, OUTPUT, CACHE_READ, BATCH_INPUT, BATCH_OUTPUT};

    private final long maxBytes;
    private final ObjectMapper mapper;

    public LiteLlmImporter() {
        this(DEFAULT_MAX_BYTES);
    }

    public LiteLlmImporter(long maxBytes) {
        this.maxBytes = maxBytes;
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxDocumentLength(maxBytes)
                .maxNestingDepth(64)
                .maxStringLength(1_000_000)
                .maxNumberLength(100)
                .maxNameLength(10_000)
                .build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(limits).build();
        // Decimal numbers keep prices exact: 3e-06 per token becomes 3.0 per MTok, not 2.9999999999999996.
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    public LiteLlmImport importFile(Path file, LocalDate importDate) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new CatalogImportException(file + ": " + size + " bytes is too large for a LiteLLM price file"
                    + " (limit " + maxBytes + " bytes)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return importFrom(in, importDate, file.toString());
        }
    }

    /** Reads a price file from a stream, at most the size limit; {@code origin} names it in error messages. */
    public LiteLlmImport importFrom(InputStream in, LocalDate importDate, String origin) throws IOException {
        try (JsonParser parser = mapper.createParser(new SizeLimitedInputStream(in, maxBytes, origin))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new CatalogImportException(origin + ": expected a JSON object keyed by model id");
            }
            Map<String, ApiModelPrice> byName = new LinkedHashMap<>();
            Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                JsonNode row = mapper.readTree(parser);
                Row result = readRow(key, row, importDate);
                if (result.skip != null) {
                    skipped.merge(result.skip, 1, Integer::sum);
                } else if (byName.put(Catalog.key(key), result.price) != null) {
                    skipped.merge(SkipReason.DUPLICATE_NAME, 1, Integer::sum);
                }
            }
            return new LiteLlmImport(new ArrayList<>(byName.values()), skipped);
        } catch (CatalogImportException e) {
            throw e;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new CatalogImportException(origin + ": not a valid LiteLLM price file" + where
                    + " (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** One row's outcome: a price, or why it was skipped. */
    private record Row(ApiModelPrice price, SkipReason skip) {
        static Row skip(SkipReason reason) {
            return new Row(null, reason);
        }
    }

    private static Row readRow(String key, JsonNode row, LocalDate importDate) {
        if (SAMPLE_SPEC_KEY.equals(key)) {
            return Row.skip(SkipReason.SAMPLE_SPEC);
        }
        if (!row.isObject()) {
            return Row.skip(SkipReason.NOT_AN_OBJECT);
        }
        JsonNode mode = row.get("mode");
        if (mode == null || !"chat".equals(mode.asText())) {
            return Row.skip(SkipReason.NOT_CHAT);
        }
        if (isAbsent(row.get(INPUT)) || isAbsent(row.get(OUTPUT))) {
            return Row.skip(SkipReason.MISSING_PRICE);
        }
        for (String field : PRICE_FIELDS) {
            JsonNode v = row.get(field);
            if (!isAbsent(v) && !v.isNumber()) {
                return Row.skip(SkipReason.NON_NUMERIC_PRICE);
            }
            if (!isAbsent(v) && v.decimalValue().signum() < 0) {
                return Row.skip(SkipReason.NEGATIVE_PRICE);
            }
        }
        JsonNode provider = row.get("litellm_provider");
        try {
            return new Row(new ApiModelPrice(key, provider != null && provider.isTextual() ? provider.asText() : "",
                    perMTok(row.get(INPUT)), perMTok(row.get(OUTPUT)), perMTokOrNull(row.get(CACHE_READ)),
                    perMTokOrNull(row.get(BATCH_INPUT)), perMTokOrNull(row.get(BATCH_OUTPUT)), null,
                    SOURCE, importDate, Confidence.SOLID, null), null);
        } catch (InvalidEntryException e) {
            return Row.skip(SkipReason.INVALID_VALUE);
        }
    }

    private static boolean isAbsent(JsonNode v) {
        return v == null || v.isNull();
    }

    private static double perMTok(JsonNode perToken) {
        BigDecimal value = perToken.decimalValue();
        return value.movePointRight(6).doubleValue();
    }

    private static Double perMTokOrNull(JsonNode perToken) {
        return isAbsent(perToken) ? null : perMTok(perToken);
    }
}
