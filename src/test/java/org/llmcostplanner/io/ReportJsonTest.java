package org.llmcostplanner.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.analysis.Plausibility;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportJsonTest {

    private static JsonNode report(Scenario s) throws Exception {
        String json = ReportJson.toJson(Report.of(s));
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
        return new ObjectMapper().readTree(json);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    @Test
    void keysAreInTheSpecOrder() throws Exception {
        JsonNode r = report(Presets.seedArticle());
        assertEquals(List.of("name", "requestsPerDay", "apiCostPerRequest", "monthly", "gpuInstances",
                "oneTimeCost", "paybackMonths", "breakEven", "warnings"), keys(r));
        assertEquals(List.of("apiOnly", "planApi", "gpu", "ops", "migration", "plan", "savings"), keys(r.get("monthly")));
        assertEquals(List.of("rawRequestsPerDay", "withOpsRequestsPerDay"), keys(r.get("breakEven")));
    }

    @Test
    void seedArticleAtTenThousandIsTheSpecExample() throws Exception {
        JsonNode r = report(Presets.seedArticle().with(InputField.REQUESTS_PER_DAY, 10_000));
        JsonNode m = r.get("monthly");
        assertEquals(10_000.0, r.get("requestsPerDay").doubleValue());
        assertEquals(0.003, r.get("apiCostPerRequest").doubleValue(), 1e-15);
        assertEquals(660.0, m.get("apiOnly").doubleValue(), 1e-9);
        assertEquals(0.0, m.get("planApi").doubleValue());
        assertEquals(20.0, m.get("gpu").doubleValue());
        assertEquals(180.0, m.get("ops").doubleValue());
        assertEquals(0.0, m.get("migration").doubleValue());
        assertEquals(200.0, m.get("plan").doubleValue());
        assertEquals(460.0, m.get("savings").doubleValue(), 1e-9);
        assertEquals(1, r.get("gpuInstances").intValue());
        assertTrue(r.get("gpuInstances").isIntegralNumber());
        assertEquals(360.0, r.get("oneTimeCost").doubleValue());
        assertEquals(360.0 / 460.0, r.get("paybackMonths").doubleValue(), 1e-12);
        assertEquals(20 / (22 * 0.003), r.get("breakEven").get("rawRequestsPerDay").doubleValue(), 1e-9);
        assertEquals(200 / (22 * 0.003), r.get("breakEven").get("withOpsRequestsPerDay").doubleValue(), 1e-9);
    }

    @Test
    void numbersAreAtFullPrecisionFromTheCostModel() throws Exception {
        Scenario s = Presets.seedArticle().with(InputField.REQUESTS_PER_DAY, 5432.1)
                .with(InputField.AMORTIZATION_MONTHS, 7);
        CostModel model = CostModel.of(s);
        JsonNode r = report(s);
        assertEquals(model.apiOnly(5432.1), r.get("monthly").get("apiOnly").doubleValue(), 0.0);
        assertEquals(model.migration(), r.get("monthly").get("migration").doubleValue(), 0.0);
        assertEquals(model.paybackMonths(5432.1), r.get("paybackMonths").doubleValue(), 0.0);
        assertEquals(model.savings(5432.1), r.get("monthly").get("savings").doubleValue(), 0.0);
    }

    @Test
    void noneIsNull() throws Exception {
        JsonNode allOnApi = report(Presets.seedArticle().with(InputField.SELF_HOST_SHARE, 0));
        assertTrue(allOnApi.get("gpuInstances").isNull());
        assertTrue(allOnApi.get("paybackMonths").isNull());
        assertTrue(allOnApi.get("breakEven").get("rawRequestsPerDay").isNull());
        assertTrue(allOnApi.get("breakEven").get("withOpsRequestsPerDay").isNull());
        assertEquals(0.0, allOnApi.get("monthly").get("gpu").doubleValue());
        assertEquals(0.0, allOnApi.get("monthly").get("ops").doubleValue());

        JsonNode hourly = report(Presets.seedArticle().withBilling(Billing.HOURLY));
        assertTrue(hourly.get("gpuInstances").isNull());

        JsonNode dearer = report(Presets.seedArticle());
        assertTrue(dearer.get("paybackMonths").isNull(), "at 1,000/day self-hosting saves nothing with ops");
    }

    @Test
    void seedPresetReportCarriesTheMemoryWarningOfItsRecordedDeployment() throws Exception {
        ScenarioDocument seed = Presets.seedArticleDocument();
        JsonNode warnings = new ObjectMapper().readTree(ReportJson.toJson(Report.of(seed))).get("warnings");
        assertTrue(warnings.isArray());
        List<String> texts = new ArrayList<>();
        warnings.forEach(w -> {
            assertTrue(w.isTextual(), w.toString());
            texts.add(w.textValue());
        });
        assertEquals(Plausibility.warnings(seed.scenario(), seed.deployment()), texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Llama 3.2 90B at INT4 needs about 57 GB")
                && t.contains("one L4 GPU (24 GB) cannot hold it: it takes 3 such GPUs")), texts::toString);
    }

    @Test
    void withoutARecordedDeploymentTheLabelsDecide() {
        Scenario seed = Presets.seedArticle();
        assertEquals(Plausibility.warnings(seed), Report.of(seed).warnings());
        assertFalse(Report.of(seed).warnings().stream().anyMatch(t -> t.contains("cannot hold it")),
                "the $20 droplet label names no GPU, so its memory is unknown");
        assertEquals(Report.of(seed).warnings(), Report.of(ScenarioDocument.of(seed)).warnings());
    }

    @Test
    void noWarningsIsAnEmptyArray() throws Exception {
        Scenario plain = Scenario.defaults().with(InputField.UTILIZATION, 0.5);
        assertTrue(Report.of(plain).warnings().isEmpty(), Report.of(plain).warnings()::toString);
        JsonNode r = report(plain);
        assertTrue(r.get("warnings").isArray());
        assertEquals(0, r.get("warnings").size());
    }

    @Test
    void nonAsciiNamesAreEscaped() {
        String json = ReportJson.toJson(Report.of(Scenario.defaults().withName("Café ☕")));
        assertTrue(json.contains("\"name\": \"Caf\\u00E9 \\u2615\""), json);
        assertTrue(json.chars().allMatch(c -> c < 128));
    }
}
