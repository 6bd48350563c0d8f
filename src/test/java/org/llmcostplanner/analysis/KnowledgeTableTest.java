package org.llmcostplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KnowledgeTableTest {

    @Test
    void everyEntryCarriesItsSourceAndDate() {
        KnowledgeTable.GPU_OFFERS.forEach(o -> assertFalse(o.source().isBlank() || o.checked().isBlank(), o::toString));
        KnowledgeTable.OPEN_MODELS.forEach(m -> assertFalse(m.source().isBlank() || m.checked().isBlank(), m::toString));
        KnowledgeTable.API_PRICES.forEach(a -> assertFalse(a.source().isBlank() || a.checked().isBlank(), a::toString));
    }

    @Test
    void theMostSpecificApiNameWins() {
        assertEquals("GPT-4o mini", KnowledgeTable.findApi("openai/GPT-4o mini").orElseThrow().name());
        assertEquals("GPT-4o", KnowledgeTable.findApi("GPT-4o").orElseThrow().name());
        assertEquals("Claude Sonnet 4.6", KnowledgeTable.findApi("claude-sonnet-4-6").orElseThrow().name());
        assertTrue(KnowledgeTable.findApi("my own model").isEmpty());
    }

    @Test
    void gpuNamesMatchWholeWordsAndMemorySizes() {
        assertEquals(24, KnowledgeTable.findGpu("AWS L4").get(0).memoryGb());
        assertEquals("L40S", KnowledgeTable.findGpu("L40S droplet").get(0).name());
        assertTrue(KnowledgeTable.findGpu("A100 40 GB").stream().allMatch(o -> o.memoryGb() == 40));
        assertTrue(KnowledgeTable.findGpu("GPU Droplet").isEmpty());
    }

    @Test
    void modelNamesFindTheirSizes() {
        assertEquals(88.8, KnowledgeTable.findModel("Llama 3.2 90B Vision").orElseThrow().parametersBillions());
        assertEquals(70.6, KnowledgeTable.findModel("llama-3.3-70b-instruct").orElseThrow().parametersBillions());
        assertEquals(8.0, KnowledgeTable.findModel("Meta Llama 3.1 8B").orElseThrow().parametersBillions());
    }

    @Test
    void cheapestGpuListedIsAboutFiveHundredFiftyFiveDollarsAMonth() {
        assertEquals(0.76 * 730, KnowledgeTable.cheapestGpu().monthlyUsd(), 1e-9);
        assertEquals(20, KnowledgeTable.cheapestGpu().memoryGb());
    }

    @Test
    void cheapestSetupHoldingANinetyBillionModelNeedsAtLeastSixtyGigabytesOfGpu() {
        KnowledgeTable.Setup s = KnowledgeTable.cheapestSetupHolding(57).orElseThrow();
        assertTrue(s.count() * s.offer().memoryGb() >= 57);
        for (KnowledgeTable.GpuOffer o : KnowledgeTable.GPU_OFFERS) {
            if (o.gpus() == 1 && o.memoryGb() >= 57) {
                assertTrue(s.hourlyUsd() <= o.hourlyUsd(), o::toString);
            }
        }
    }
}
