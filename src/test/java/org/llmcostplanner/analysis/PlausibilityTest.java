package org.llmcostplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.ApiPricing;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.SelfHost;

class PlausibilityTest {

    private final Scenario seed = TestScenarios.seed().with(InputField.UTILIZATION, 0.5);

    private static boolean any(List<String> warnings, String text) {
        return warnings.stream().anyMatch(w -> w.contains(text));
    }

    private static Scenario withGpu(Scenario s, String gpu, Billing billing, double flat, double hourly) {
        SelfHost h = s.selfHost();
        return s.withSelfHost(new SelfHost(h.model(), gpu, billing, flat, hourly, h.outputTokensPerSecond(),
                h.utilization(), h.minBilledHoursPerDay()));
    }

    @Test
    void seedArticlesTwentyDollarDropletCannotBuyAGpuForA90bModel() {
        List<String> w = Plausibility.warnings(seed);
        assertEquals(1, w.size(), w::toString);
        String budget = w.get(0);
        assertTrue(budget.startsWith("$20/month cannot buy a GPU able to hold Llama 3.2 90B"), budget);
        assertTrue(budget.contains("even at INT4"), budget);
        assertTrue(budget.contains("$555"), budget); // RTX 4000 Ada, $0.76/h × 730 h
    }

    @Test
    void aGpuTooSmallForTheModelIsNamedWithTheGpusItTakes() {
        List<String> w = Plausibility.warnings(withGpu(seed, "RTX 4000 Ada", Billing.FLAT, 555, 0));
        assertTrue(any(w, "one RTX 4000 Ada GPU (20 GB) cannot hold it: it takes 3 such GPUs"), w::toString);
    }

    @Test
    void aRealisticPriceForAGpuThatHoldsTheModelGivesNoWarning() {
        assertEquals(List.of(), Plausibility.warnings(withGpu(seed, "H100 80GB", Billing.FLAT, 3.39 * 730, 0)));
        assertEquals(List.of(), Plausibility.warnings(withGpu(seed, "H100", Billing.HOURLY, 0, 3.39)));
    }

    @Test
    void gpuPriceFarFromTheTableIsFlagged() {
        List<String> w = Plausibility.warnings(withGpu(seed, "H100", Billing.HOURLY, 0, 12));
        assertTrue(any(w, "GPU price $12.00/h is far from the table's"), w::toString);
    }

    @Test
    void apiPriceFarFromTheTableIsFlagged() {
        Scenario s = seed.withApi(new ApiPricing("Claude Sonnet 4.6", 0.3, 15, null, 0, 0, 0.5));
        List<String> w = Plausibility.warnings(s);
        assertTrue(any(w, "far from the table's for Claude Sonnet 4.6"), w::toString);
        assertTrue(any(w, "input $0.30 vs $3.00"), w::toString);
    }

    @Test
    void utilizationAboveNinetyPercentIsFlagged() {
        assertTrue(any(Plausibility.warnings(seed.with(InputField.UTILIZATION, 0.95)), "Utilization is set to 95 %"));
    }

    @Test
    void demandBeyondOneInstanceIsFlagged() {
        // 100,000 req/day × 100 tokens at 100 tok/s = 27.8 busy h/day; 12 h per instance at 50 %: 3 instances.
        Scenario s = withGpu(seed, "H100", Billing.FLAT, 3.39 * 730, 0).with(InputField.OUTPUT_TOKENS_PER_SECOND, 100)
                .with(InputField.REQUESTS_PER_DAY, 100_000);
        List<String> w = Plausibility.warnings(s);
        assertTrue(any(w, "Demand exceeds one instance"), w::toString);
        assertTrue(any(w, "the plan counts 3 instances"), w::toString);
    }

    @Test
    void nothingSelfHostedSkipsTheGpuWarnings() {
        assertEquals(List.of(), Plausibility.warnings(seed.with(InputField.SELF_HOST_SHARE, 0)));
    }
}
