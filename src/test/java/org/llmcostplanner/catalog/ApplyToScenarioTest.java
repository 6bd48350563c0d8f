package org.llmcostplanner.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class ApplyToScenarioTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    private final Scenario start = Scenario.defaults()
            .with(InputField.CACHE_HIT_SHARE, 0.4)
            .with(InputField.BATCH_SHARE, 0.2)
            .with(InputField.UTILIZATION, 0.5)
            .withBilling(Billing.HOURLY);

    @Test
    void apiModelFillsPricesAndLabelAndKeepsEverythingElse() {
        ApiModelPrice gpt = BuiltInCatalog.get().apiModels().stream()
                .filter(p -> p.name().equals("GPT-4.1")).findFirst().orElseThrow();
        Scenario s = gpt.applyTo(start);

        assertEquals(2.00, s.get(InputField.INPUT_PRICE_PER_MTOK));
        assertEquals(8.00, s.get(InputField.OUTPUT_PRICE_PER_MTOK));
        assertEquals(0.50, s.api().cachedInputPricePerMTok());
        assertEquals(0.5, s.get(InputField.BATCH_DISCOUNT), 1e-12);
        assertEquals("GPT-4.1", s.api().model());
        for (InputField f : InputField.values()) {
            if (f.section() != InputField.Section.API) {
                assertEquals(start.get(f), s.get(f), f.path());
            }
        }
        assertEquals(0.4, s.get(InputField.CACHE_HIT_SHARE));
        assertEquals(0.2, s.get(InputField.BATCH_SHARE));
    }

    @Test
    void apiModelWithoutCacheReadPriceReturnsToTheSpecDefault() {
        Scenario withExplicitCache = start.with(InputField.CACHED_INPUT_PRICE_PER_MTOK, 9.0);
        ApiModelPrice noCache = new ApiModelPrice("m", "p", 4, 20, null, null, null, null, "s", DAY,
                Confidence.SOLID, null);
        Scenario s = noCache.applyTo(withExplicitCache);
        assertNull(s.api().cachedInputPricePerMTok());
        assertEquals(0.4, s.get(InputField.CACHED_INPUT_PRICE_PER_MTOK), 1e-12);
        assertEquals(start.get(InputField.BATCH_DISCOUNT), s.get(InputField.BATCH_DISCOUNT),
                "an entry without a batch price leaves the discount alone");
    }

    @Test
    void appliedSonnetReproducesTheSeedArticleApiCost() {
        Scenario seed = Scenario.defaults()
                .with(InputField.BILLING_DAYS_PER_MONTH, 22)
                .with(InputField.INPUT_PRICE_PER_MTOK, 99)
                .with(InputField.OUTPUT_PRICE_PER_MTOK, 99);
        Scenario s = BuiltInCatalog.get().find("Claude Sonnet 4.6").orElseThrow().applyTo(seed);
        // Seed article: Sonnet 4.6 at $3/$15, 500 in / 100 out, 22 days: $660 a month at 10,000 req/day.
        assertEquals(660.0, CostModel.of(s).apiOnly(10_000), 1e-9);
    }

    @Test
    void gpuOfferFillsHourlyRateMonthlyCostOf730HoursAndLabel() {
        GpuOffer h100 = (GpuOffer) BuiltInCatalog.get().find("H100 80 GB ×1 (DigitalOcean)").orElseThrow();
        Scenario s = h100.applyTo(start);

        assertEquals(3.39, s.get(InputField.HOURLY_RATE));
        assertEquals(3.39 * 730, s.get(InputField.FLAT_MONTHLY_COST), 1e-9);
        assertEquals("H100 80 GB ×1 (DigitalOcean)", s.selfHost().gpu());
        assertEquals(Billing.HOURLY, s.selfHost().billing());
        for (InputField f : InputField.values()) {
            if (f != InputField.HOURLY_RATE && f != InputField.FLAT_MONTHLY_COST) {
                assertEquals(start.get(f), s.get(f), f.path());
            }
        }
    }

    @Test
    void aMonthIs24Times365Over12Hours() {
        assertEquals(730.0, GpuOffer.HOURS_PER_MONTH, 1e-12);
    }

    @Test
    void appliedScenarioIsValid() {
        for (CatalogEntry e : BuiltInCatalog.get().entries()) {
            assertNull(e.applyTo(Scenario.defaults()).firstInvalidInput(), e.name());
        }
    }
}
