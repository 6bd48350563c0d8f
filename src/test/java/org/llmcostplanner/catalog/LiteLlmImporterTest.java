package org.llmcostplanner.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports a small file in LiteLLM's format, written here, with one odd row of each kind. */
class LiteLlmImporterTest {

    private static final LocalDate IMPORT_DAY = LocalDate.of(2026, 11, 3);

    private static final String FILE = """
            {
              "sample_spec": {
                "input_cost_per_token": 0.0, "output_cost_per_token": 0.0, "litellm_provider": "one of https://docs.litellm.ai/docs/providers",
                "mode": "one of: chat, embedding, completion, image_generation", "max_input_tokens": "max input tokens"
              },
              "claude-sonnet-4-6": {
                "input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05,
                "cache_read_input_token_cost": 3e-07, "cache_creation_input_token_cost": 3.75e-06,
                "input_cost_per_token_batches": 1.5e-06, "output_cost_per_token_batches": 7.5e-06,
                "input_cost_per_token_above_200k_tokens": 6e-06,
                "litellm_provider": "anthropic", "mode": "chat", "max_input_tokens": 200000,
                "supports_vision": true, "tool_use_system_prompt_tokens": 346, "source": "https://example.test"
              },
              "gpt-4o-mini": {
                "input_cost_per_token": 1.5e-07, "output_cost_per_token": 6e-07,
                "cache_read_input_token_cost": 7.5e-08,
                "input_cost_per_token_batches": 7.5e-08, "output_cost_per_token_batches": 3e-07,
                "litellm_provider": "openai", "mode": "chat"
              },
              "free-model": {
                "input_cost_per_token": 0, "output_cost_per_token": 0, "litellm_provider": "ollama", "mode": "chat"
              },
              "text-embedding-3-small": {
                "input_cost_per_token": 2e-08, "output_cost_per_token": 0.0, "litellm_provider": "openai", "mode": "embedding"
              },
              "dall-e-3": { "litellm_provider": "openai", "mode": "image_generation", "output_cost_per_image": 0.04 },
              "no-mode-model": { "input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06 },
              "no-output-price": { "input_cost_per_token": 1e-06, "litellm_provider": "x", "mode": "chat" },
              "null-input-price": { "input_cost_per_token": null, "output_cost_per_token": 1e-06, "mode": "chat" },
              "string-price": { "input_cost_per_token": "0.000001", "output_cost_per_token": 2e-06, "mode": "chat" },
              "string-cache-price": { "input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06,
                                      "cache_read_input_token_cost": "cheap", "mode": "chat" },
              "negative-price": { "input_cost_per_token": -1e-06, "output_cost_per_token": 2e-06, "mode": "chat" },
              "negative-batch": { "input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06,
                                  "output_cost_per_token_batches": -1e-06, "mode": "chat" },
              "huge-price": { "input_cost_per_token": 1e400, "output_cost_per_token": 2e-06, "mode": "chat" },
              "a-list": [1, 2, 3],
              "nested-chat": { "input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06, "mode": "chat",
                               "litellm_provider": "bedrock", "extra": { "deep": { "er": [ { "x": 1 } ] } } }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void importsChatRowsAndCountsEveryOddRowByReason() throws IOException {
        LiteLlmImport result = new LiteLlmImporter().importFile(write(FILE), IMPORT_DAY);

        assertEquals(java.util.List.of("claude-sonnet-4-6", "gpt-4o-mini", "free-model", "nested-chat"),
                result.entries().stream().map(ApiModelPrice::name).toList());
        assertEquals(Map.of(
                SkipReason.SAMPLE_SPEC, 1,
                SkipReason.NOT_CHAT, 3,
                SkipReason.MISSING_PRICE, 2,
                SkipReason.NON_NUMERIC_PRICE, 2,
                SkipReason.NEGATIVE_PRICE, 2,
                SkipReason.INVALID_VALUE, 1,
                SkipReason.NOT_AN_OBJECT, 1), result.skipped());
        assertEquals(12, result.skippedTotal());
        assertTrue(result.summary().startsWith("Imported 4 chat models; skipped 12: 1 (the sample_spec row"),
                result.summary());
    }

    @Test
    void convertsPerTokenToPerMillionExactlyAndKeepsCacheAndBatchPrices() throws IOException {
        Map<String, ApiModelPrice> byName = new LiteLlmImporter().importFile(write(FILE), IMPORT_DAY).entries()
                .stream().collect(Collectors.toMap(ApiModelPrice::name, p -> p));

        ApiModelPrice sonnet = byName.get("claude-sonnet-4-6");
        assertEquals(3.0, sonnet.inputPricePerMTok());
        assertEquals(15.0, sonnet.outputPricePerMTok());
        assertEquals(0.3, sonnet.cachedInputPricePerMTok());
        assertEquals(1.5, sonnet.batchInputPricePerMTok());
        assertEquals(7.5, sonnet.batchOutputPricePerMTok());
        assertEquals("anthropic", sonnet.provider());
        assertEquals(LiteLlmImporter.SOURCE, sonnet.source());
        assertEquals(IMPORT_DAY, sonnet.checked());
        assertEquals(Confidence.SOLID, sonnet.confidence());

        ApiModelPrice mini = byName.get("gpt-4o-mini");
        assertEquals(0.15, mini.inputPricePerMTok());
        assertEquals(0.075, mini.cachedInputPricePerMTok());
        assertEquals(0.3, mini.batchOutputPricePerMTok());
        assertEquals(0.5, mini.effectiveBatchDiscount().getAsDouble(), 1e-12);

        assertNull(byName.get("free-model").cachedInputPricePerMTok());
        assertNull(byName.get("free-model").batchInputPricePerMTok());
    }

    @Test
    void importedPricesAgreeWithTheBuiltInTranscription() throws IOException {
        ApiModelPrice imported = new LiteLlmImporter().importFile(write(FILE), IMPORT_DAY).entries().get(0);
        ApiModelPrice builtIn = (ApiModelPrice) BuiltInCatalog.get().find("Claude Sonnet 4.6").orElseThrow();
        assertEquals(builtIn.inputPricePerMTok(), imported.inputPricePerMTok());
        assertEquals(builtIn.outputPricePerMTok(), imported.outputPricePerMTok());
        assertEquals(builtIn.cachedInputPricePerMTok(), imported.cachedInputPricePerMTok());
        assertEquals(builtIn.effectiveBatchDiscount().getAsDouble(), imported.effectiveBatchDiscount().getAsDouble(), 1e-12);
    }

    @Test
    void fileOfRealSizeWithThousandsOfRowsImportsEveryChatRow() throws IOException {
        // The real file is about 1.6 MB with thousands of rows; two rows in three here are chat.
        StringBuilder json = new StringBuilder("{\n");
        int rows = 6000;
        for (int i = 0; i < rows; i++) {
            json.append(i == 0 ? "" : ",\n").append(String.format(java.util.Locale.ROOT,
                    "\"provider-%d/model-%d\": {\"input_cost_per_token\": %d.5e-07, \"output_cost_per_token\": 2e-06,"
                            + " \"cache_read_input_token_cost\": 1e-08, \"litellm_provider\": \"provider-%d\","
                            + " \"max_input_tokens\": 128000, \"supports_function_calling\": true,"
                            + " \"source\": \"https://example.test/pricing/provider-%d\", \"mode\": \"%s\"}",
                    i % 40, i, i % 9, i % 40, i % 40, i % 3 == 2 ? "embedding" : "chat"));
        }
        json.append("\n}\n");
        Path file = write(json.toString());
        assertTrue(Files.size(file) > 1_000_000, "about the real file's size: " + Files.size(file));

        LiteLlmImport result = new LiteLlmImporter().importFile(file, IMPORT_DAY);
        assertEquals(4000, result.entries().size());
        assertEquals(2000, result.skipped(SkipReason.NOT_CHAT));
        assertEquals(2000, result.skippedTotal());
        assertEquals("provider-6/model-6", result.entries().get(4).name(), "rows 2 and 5 are embeddings");
        assertEquals(0.65, result.entries().get(4).inputPricePerMTok(), 1e-12, "row 6: 6.5e-07 per token");
    }

    @Test
    void laterRowWithTheSameNameWinsAndIsCounted() throws IOException {
        String file = """
                {"m": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06, "mode": "chat"},
                 "M": {"input_cost_per_token": 4e-06, "output_cost_per_token": 8e-06, "mode": "chat"}}
                """;
        LiteLlmImport result = new LiteLlmImporter().importFile(write(file), IMPORT_DAY);
        assertEquals(1, result.entries().size());
        assertEquals(4.0, result.entries().get(0).inputPricePerMTok());
        assertEquals(1, result.skipped(SkipReason.DUPLICATE_NAME));
    }

    @Test
    void fileLargerThanTheCapIsRefusedBeforeReading() throws IOException {
        Path file = write(FILE);
        CatalogImportException e = assertThrows(CatalogImportException.class,
                () -> new LiteLlmImporter(100).importFile(file, IMPORT_DAY));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void streamLongerThanTheCapIsStoppedWhileReading() {
        byte[] bytes = FILE.getBytes(StandardCharsets.UTF_8);
        CatalogImportException e = assertThrows(CatalogImportException.class, () -> new LiteLlmImporter(200)
                .importFrom(new java.io.ByteArrayInputStream(bytes), IMPORT_DAY, "stdin"));
        assertEquals("stdin: more than 200 bytes is too large for a LiteLLM price file", e.getMessage());
    }

    @Test
    void deeplyNestedInputIsRefused() throws IOException {
        String deep = "{\"m\": " + "[".repeat(500) + "]".repeat(500) + "}";
        CatalogImportException e = assertThrows(CatalogImportException.class,
                () -> new LiteLlmImporter().importFile(write(deep), IMPORT_DAY));
        assertTrue(e.getMessage().contains("not a valid LiteLLM price file"), e.getMessage());
    }

    @Test
    void brokenJsonNamesFileAndLine() throws IOException {
        Path file = write("{\n \"m\": {\"mode\": \"chat\",\n");
        CatalogImportException e = assertThrows(CatalogImportException.class,
                () -> new LiteLlmImporter().importFile(file, IMPORT_DAY));
        assertTrue(e.getMessage().startsWith(file + ": not a valid LiteLLM price file at line"), e.getMessage());
    }

    @Test
    void topLevelArrayIsRefused() throws IOException {
        CatalogImportException e = assertThrows(CatalogImportException.class,
                () -> new LiteLlmImporter().importFile(write("[]"), IMPORT_DAY));
        assertTrue(e.getMessage().contains("expected a JSON object keyed by model id"), e.getMessage());
    }

    @Test
    void importedEntriesGoIntoTheUserStore() throws IOException {
        LiteLlmImport result = new LiteLlmImporter().importFile(write(FILE), IMPORT_DAY);
        UserCatalogStore store = UserCatalogStore.open(dir.resolve("data"));
        store.putAll(result.entries());
        assertEquals(4, UserCatalogStore.open(dir.resolve("data")).entries().size());
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("model_prices_and_context_window.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
