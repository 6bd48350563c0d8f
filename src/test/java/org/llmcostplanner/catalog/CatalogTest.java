package org.llmcostplanner.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final LocalDate CHECKED = LocalDate.of(2026, 5, 28);

    @Test
    void findsByNameIgnoringCaseAndSurroundingSpaces() {
        Catalog catalog = Catalog.of(List.of(gpu("H100 80 GB (X)", 3.0)));
        assertEquals(3.0, ((GpuOffer) catalog.find("  h100 80 gb (x) ").orElseThrow()).hourlyRate());
        assertTrue(catalog.find("A100").isEmpty());
        assertTrue(catalog.find(null).isEmpty());
    }

    @Test
    void ageIsWholeDaysSinceCheckedRelativeToTheGivenDay() {
        Catalog catalog = Catalog.of(List.of(gpu("g", 1)));
        assertEquals(0, catalog.ageInDays("g", CHECKED).getAsLong());
        assertEquals(34, catalog.ageInDays("g", LocalDate.of(2026, 7, 1)).getAsLong());
        assertEquals(365, catalog.ageInDays("g", CHECKED.plusYears(1)).getAsLong());
        assertTrue(catalog.ageInDays("unknown", CHECKED).isEmpty());
    }

    @Test
    void userEntriesOverrideBuiltInsOfTheSameNameInPlaceAndNewOnesComeLast() {
        Catalog base = Catalog.of(List.of(gpu("a", 1), gpu("b", 2)));
        GpuOffer editedA = gpu("A", 9);
        GpuOffer c = gpu("c", 3);
        Catalog merged = Catalog.merge(base, List.of(editedA, c));
        assertEquals(List.of(editedA, base.find("b").orElseThrow(), c), merged.entries());
        assertSame(editedA, merged.find("a").orElseThrow());
    }

    @Test
    void splitsApiModelsFromGpuOffers() {
        ApiModelPrice api = new ApiModelPrice("m", "p", 1, 2, null, null, null, null, "s", CHECKED,
                Confidence.SOLID, null);
        Catalog catalog = Catalog.of(List.of(gpu("g", 1), api));
        assertEquals(List.of(api), catalog.apiModels());
        assertEquals(1, catalog.gpuOffers().size());
    }

    static GpuOffer gpu(String name, double rate) {
        return new GpuOffer(name, "Provider", rate, 80, 1, "test", CHECKED, Confidence.SOLID, null);
    }
}
