package org.llmcostplanner.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped catalog against shared/facts/prices-and-gpus.md. */
class BuiltInCatalogTest {

    private final Catalog catalog = BuiltInCatalog.get();

    @Test
    void everyApiRowAndEveryGpuOfferOfTheFactsIsThere() {
        // 15 API rows, "Opus 4.5 / 4.6 / 4.7" being three models; 14 GPU rows, Lambda's H100 row
        // two offers and RunPod's row four.
        assertEquals(17, catalog.apiModels().size());
        assertEquals(18, catalog.gpuOffers().size());
        assertEquals(35, catalog.size());
    }

    @Test
    void everyEntryCarriesSourceDateAndConfidence() {
        for (CatalogEntry e : catalog.entries()) {
            assertFalse(e.source().isBlank(), e.name());
            assertNotNull(e.checked(), e.name());
            assertNotNull(e.confidence(), e.name());
            assertFalse(e.provider().isBlank(), e.name());
        }
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        Set<String> seen = new HashSet<>();
        catalog.entries().forEach(e -> assertTrue(seen.add(Catalog.key(e.name())), e.name()));
    }

    @Test
    void claudeSonnet46MatchesTheFacts() {
        ApiModelPrice p = api("Claude Sonnet 4.6");
        assertEquals(3.00, p.inputPricePerMTok());
        assertEquals(15.00, p.outputPricePerMTok());
        assertEquals(0.30, p.cachedInputPricePerMTok());
        assertEquals(0.5, p.effectiveBatchDiscount().getAsDouble());
        assertEquals(LocalDate.of(2026, 4, 21), p.checked());
        assertEquals(Confidence.SOLID, p.confidence());
        assertEquals("Anthropic", p.provider());
    }

    @Test
    void otherApiRowsMatchTheFacts() {
        assertPrices(api("Claude Opus 4.1"), 15.00, 75.00, 1.50);
        assertPrices(api("Claude Opus 4.7"), 5.00, 25.00, 0.50);
        assertPrices(api("Claude Sonnet 4.5 (prompts > 200k tokens)"), 6.00, 22.50, 0.60);
        assertPrices(api("GPT-5 mini"), 0.25, 2.00, 0.025);
        assertPrices(api("Gemini 2.5 Flash-Lite"), 0.10, 0.40, 0.01);
        ApiModelPrice mini = api("GPT-4o mini");
        assertPrices(mini, 0.15, 0.60, 0.075);
        assertEquals(0.075, mini.batchInputPricePerMTok());
        assertEquals(0.30, mini.batchOutputPricePerMTok());
        assertNull(api("GPT-5").batchInputPricePerMTok());
        assertTrue(api("GPT-5").effectiveBatchDiscount().isEmpty());
    }

    @Test
    void anthropicCacheReadsCostATenthOfInputAsTheFactsSay() {
        List<ApiModelPrice> anthropic = catalog.apiModels().stream()
                .filter(p -> p.provider().equals("Anthropic")).toList();
        assertEquals(8, anthropic.size());
        anthropic.forEach(p -> assertEquals(0.1 * p.inputPricePerMTok(), p.cachedInputPricePerMTok(), 1e-12, p.name()));
    }

    @Test
    void openAiBatchPricesAreHalfOfListAsTheFactsSay() {
        List<ApiModelPrice> batched = catalog.apiModels().stream()
                .filter(p -> p.provider().equals("OpenAI") && p.batchInputPricePerMTok() != null).toList();
        assertEquals(4, batched.size());
        batched.forEach(p -> {
            assertEquals(p.inputPricePerMTok() / 2, p.batchInputPricePerMTok(), 1e-12, p.name());
            assertEquals(p.outputPricePerMTok() / 2, p.batchOutputPricePerMTok(), 1e-12, p.name());
            assertEquals(0.5, p.effectiveBatchDiscount().getAsDouble(), 1e-12, p.name());
        });
    }

    @Test
    void digitalOceanH100MatchesTheFacts() {
        GpuOffer h100 = gpu("H100 80 GB ×1 (DigitalOcean)");
        assertEquals(3.39, h100.hourlyRate());
        assertEquals(80, h100.memoryGb());
        assertEquals(1, h100.gpuCount());
        assertEquals("DigitalOcean", h100.provider());
        assertEquals(LocalDate.of(2026, 5, 28), h100.checked());
        assertEquals(Confidence.SOLID, h100.confidence());

        GpuOffer eight = gpu("H100 80 GB ×8 (DigitalOcean)");
        assertEquals(23.92, eight.hourlyRate());
        assertEquals(8, eight.gpuCount());
        assertEquals(640, eight.totalMemoryGb());
    }

    @Test
    void otherGpuRowsMatchTheFacts() {
        assertGpu(gpu("MI300X 192 GB (DigitalOcean)"), 1.99, 192, Confidence.SOLID);
        assertGpu(gpu("RTX 4000 Ada 20 GB (DigitalOcean)"), 0.76, 20, Confidence.SOLID);
        assertEquals(LocalDate.of(2025, 4, 22), gpu("RTX 6000 Ada 48 GB (DigitalOcean)").checked());
        assertGpu(gpu("L4 24 GB g6.xlarge (AWS us-east-1)"), 0.80, 24, Confidence.UNCERTAIN);
        assertGpu(gpu("H100 80 GB (Modal)"), 3.95, 80, Confidence.UNCERTAIN);
        assertGpu(gpu("H100 PCIe 80 GB (Lambda)"), 2.86, 80, Confidence.UNCERTAIN);
        assertGpu(gpu("H100 SXM 80 GB (Lambda)"), 3.78, 80, Confidence.UNCERTAIN);
        assertGpu(gpu("A100 40 GB (Lambda)"), 1.48, 40, Confidence.UNCERTAIN);
        assertGpu(gpu("L4 24 GB (RunPod)"), 0.78, 24, Confidence.UNCERTAIN);
        assertGpu(gpu("H100 SXM 80 GB (RunPod)"), 4.76, 80, Confidence.UNCERTAIN);
    }

    @Test
    void monthOnlyDatesUseTheFirstAndSaySoInTheNote() {
        GpuOffer aws = gpu("L4 24 GB g6.xlarge (AWS us-east-1)");
        assertEquals(LocalDate.of(2026, 9, 1), aws.checked());
        assertTrue(aws.note().contains("Only the month is known (2026-09)"), aws.note());
        GpuOffer runPod = gpu("A100 80 GB (RunPod)");
        assertEquals(LocalDate.of(2026, 3, 1), runPod.checked());
        assertTrue(runPod.note().contains("Other sources disagree"), runPod.note());
    }

    @Test
    void everyUncertainEntryComesFromAThirdPartyAndEveryThirdPartyEntryIsUncertain() {
        for (CatalogEntry e : catalog.entries()) {
            boolean thirdParty = e.source().startsWith("third-party");
            assertEquals(thirdParty, e.confidence() == Confidence.UNCERTAIN, e.name());
        }
    }

    private ApiModelPrice api(String name) {
        return (ApiModelPrice) catalog.find(name).orElseThrow(() -> new AssertionError("missing " + name));
    }

    private GpuOffer gpu(String name) {
        return (GpuOffer) catalog.find(name).orElseThrow(() -> new AssertionError("missing " + name));
    }

    private static void assertPrices(ApiModelPrice p, double in, double out, double cached) {
        assertEquals(in, p.inputPricePerMTok(), p.name());
        assertEquals(out, p.outputPricePerMTok(), p.name());
        assertEquals(cached, p.cachedInputPricePerMTok(), p.name());
    }

    private static void assertGpu(GpuOffer g, double rate, double memory, Confidence confidence) {
        assertEquals(rate, g.hourlyRate(), g.name());
        assertEquals(memory, g.memoryGb(), g.name());
        assertEquals(confidence, g.confidence(), g.name());
    }
}
