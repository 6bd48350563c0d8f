package org.llmcostplanner.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CatalogJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Set<String> API_FIELDS = Set.of("kind", "name", "provider", "inputPricePerMTok",
            "outputPricePerMTok", "cachedInputPricePerMTok", "source", "checked", "confidence");
    private static final Set<String> GPU_FIELDS = Set.of("kind", "name", "provider", "hourlyRate", "memoryGb",
            "source", "checked", "confidence");

    @Test
    void arrayHasTheContractFieldNamesForEveryEntry() throws Exception {
        JsonNode array = MAPPER.readTree(CatalogJson.toJsonArray(BuiltInCatalog.get().entries()));
        assertTrue(array.isArray());
        assertEquals(BuiltInCatalog.get().size(), array.size());
        for (JsonNode e : array) {
            Set<String> required = "api".equals(e.get("kind").asText()) ? API_FIELDS : GPU_FIELDS;
            assertTrue(fieldNames(e).containsAll(required), e.toString());
            assertTrue(e.get("checked").asText().matches("\\d{4}-\\d{2}-\\d{2}"), e.toString());
            assertTrue(Set.of("solid", "uncertain").contains(e.get("confidence").asText()), e.toString());
        }
    }

    @Test
    void apiAndGpuEntriesAreWrittenWithTheirValues() throws Exception {
        LocalDate day = LocalDate.of(2026, 5, 28);
        ApiModelPrice api = new ApiModelPrice("M", "P", 3, 15, null, null, null, null, "S", day, Confidence.UNCERTAIN, null);
        GpuOffer gpu = new GpuOffer("G", "Q", 3.39, 80, 8, "T", day, Confidence.SOLID, "n");
        JsonNode array = MAPPER.readTree(CatalogJson.toJsonArray(List.of(api, gpu)));

        JsonNode a = array.get(0);
        assertEquals(new TreeSet<>(API_FIELDS), fieldNames(a), "no optional fields when they are unknown");
        assertEquals("api", a.get("kind").asText());
        assertEquals(3.0, a.get("inputPricePerMTok").doubleValue());
        assertEquals(15.0, a.get("outputPricePerMTok").doubleValue());
        assertTrue(a.get("cachedInputPricePerMTok").isNull(), "unknown cache price is null, not left out");
        assertEquals("2026-05-28", a.get("checked").asText());
        assertEquals("uncertain", a.get("confidence").asText());

        JsonNode g = array.get(1);
        assertEquals("gpu", g.get("kind").asText());
        assertEquals(3.39, g.get("hourlyRate").doubleValue());
        assertEquals(80.0, g.get("memoryGb").doubleValue());
        assertEquals(8, g.get("gpuCount").intValue());
        assertEquals("n", g.get("note").asText());
    }

    @Test
    void documentRoundTripsEveryBuiltInEntry() throws Exception {
        List<CatalogEntry> entries = BuiltInCatalog.get().entries();
        CatalogJson.Parsed parsed = CatalogJson.readDocument(MAPPER.readTree(CatalogJson.toDocument(entries)));
        assertEquals(List.of(), parsed.problems());
        assertEquals(entries, parsed.entries());
    }

    @Test
    void theCliArrayCanBeReadBackAsEntries() throws Exception {
        List<CatalogEntry> entries = BuiltInCatalog.get().entries();
        CatalogJson.Parsed parsed = CatalogJson.readDocument(MAPPER.readTree(CatalogJson.toJsonArray(entries)));
        assertEquals(entries, parsed.entries());
    }

    @Test
    void documentThatIsNeitherObjectWithEntriesNorArrayIsOneProblem() throws Exception {
        CatalogJson.Parsed parsed = CatalogJson.readDocument(MAPPER.readTree("{\"version\": 1}"));
        assertEquals(List.of(), parsed.entries());
        assertEquals(1, parsed.problems().size());
        assertTrue(parsed.problems().get(0).contains("\"entries\" array"));
    }

    private static Set<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return new TreeSet<>(names);
    }
}
