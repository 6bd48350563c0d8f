package org.llmcostplanner.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CatalogEntryValidationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    @Test
    void negativePriceIsRejectedNamingTheFieldAndRange() {
        InvalidEntryException e = assertThrows(InvalidEntryException.class, () ->
                new ApiModelPrice("m", "p", -1, 2, null, null, null, null, "s", DAY, Confidence.SOLID, null));
        assertEquals("inputPricePerMTok", e.field());
        assertTrue(e.getMessage().contains("allowed ≥ 0"), e.getMessage());
    }

    @Test
    void nonFiniteCachePriceIsRejected() {
        InvalidEntryException e = assertThrows(InvalidEntryException.class, () ->
                new ApiModelPrice("m", "p", 1, 2, Double.NaN, null, null, null, "s", DAY, Confidence.SOLID, null));
        assertEquals("cachedInputPricePerMTok", e.field());
    }

    @Test
    void batchDiscountAboveOneIsRejected() {
        InvalidEntryException e = assertThrows(InvalidEntryException.class, () ->
                new ApiModelPrice("m", "p", 1, 2, null, null, null, 1.5, "s", DAY, Confidence.SOLID, null));
        assertEquals("batchDiscount", e.field());
    }

    @Test
    void blankNameMissingSourceDateOrConfidenceAreRejected() {
        assertEquals("name", assertThrows(InvalidEntryException.class, () ->
                new GpuOffer(" ", "p", 1, 80, 1, "s", DAY, Confidence.SOLID, null)).field());
        assertEquals("source", assertThrows(InvalidEntryException.class, () ->
                new GpuOffer("g", "p", 1, 80, 1, null, DAY, Confidence.SOLID, null)).field());
        assertEquals("checked", assertThrows(InvalidEntryException.class, () ->
                new GpuOffer("g", "p", 1, 80, 1, "s", null, Confidence.SOLID, null)).field());
        assertEquals("confidence", assertThrows(InvalidEntryException.class, () ->
                new GpuOffer("g", "p", 1, 80, 1, "s", DAY, null, null)).field());
    }

    @Test
    void gpuNeedsPositiveMemoryAndAtLeastOneGpu() {
        assertEquals("memoryGb", assertThrows(InvalidEntryException.class, () ->
                new GpuOffer("g", "p", 1, 0, 1, "s", DAY, Confidence.SOLID, null)).field());
        assertEquals("gpuCount", assertThrows(InvalidEntryException.class, () ->
                new GpuOffer("g", "p", 1, 80, 0, "s", DAY, Confidence.SOLID, null)).field());
        assertEquals("hourlyRate", assertThrows(InvalidEntryException.class, () ->
                new GpuOffer("g", "p", Double.POSITIVE_INFINITY, 80, 1, "s", DAY, Confidence.SOLID, null)).field());
    }

    @Test
    void batchDiscountIsDerivedOnlyWhenInputAndOutputAgree() {
        ApiModelPrice same = new ApiModelPrice("m", "p", 2, 8, null, 1.0, 4.0, null, "s", DAY, Confidence.SOLID, null);
        assertEquals(0.5, same.effectiveBatchDiscount().getAsDouble(), 1e-12);
        ApiModelPrice differ = new ApiModelPrice("m", "p", 2, 8, null, 1.0, 6.0, null, "s", DAY, Confidence.SOLID, null);
        assertTrue(differ.effectiveBatchDiscount().isEmpty());
        ApiModelPrice stated = new ApiModelPrice("m", "p", 2, 8, null, null, null, 0.3, "s", DAY, Confidence.SOLID, null);
        assertEquals(0.3, stated.effectiveBatchDiscount().getAsDouble());
    }
}
