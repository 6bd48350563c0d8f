package org.llmcostplanner.io;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.analysis.DeploymentSpec;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.analysis.Precision;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PresetsTest {

    @Test
    void seedArticleHasTheArticlesInputs() {
        Scenario s = Presets.seedArticle();
        assertEquals(22, s.workload().billingDaysPerMonth());
        assertEquals(1000, s.workload().requestsPerDay());
        assertEquals(500, s.workload().inputTokensPerRequest());
        assertEquals(100, s.workload().outputTokensPerRequest());
        assertEquals(3, s.api().inputPricePerMTok());
        assertEquals(15, s.api().outputPricePerMTok());
        assertNull(s.api().cachedInputPricePerMTok());
        assertEquals(20, s.selfHost().flatMonthlyCost());
        assertEquals(3, s.ops().maintenanceHoursPerMonth());
        assertEquals(60, s.ops().devRatePerHour());
        assertEquals(6, s.ops().setupHours() + s.ops().codeMigrationHours());
        assertEquals("Claude Sonnet 4.6", s.api().model());
        assertEquals("Llama 3.2 90B (vLLM)", s.selfHost().model());
        assertTrue(s.selfHost().gpu().contains("$20/month"));
        assertTrue(s.notes().contains("22 billing days"));
    }

    @Test
    void seedArticleGivesTheArticlesFigures() {
        CostModel m = CostModel.of(Presets.seedArticle());
        assertEquals(6.60, m.apiOnly(100), 1e-9);
        assertEquals(660, m.apiOnly(10_000), 1e-9);
        assertEquals(46, m.apiOnly(1000) - m.gpu(1000), 1e-9);
        assertEquals(360, m.oneTimeCost(), 1e-9);
    }

    @Test
    void seedArticleRecordsTheArticlesModelAndGpu() {
        DeploymentSpec d = Presets.seedArticleDocument().deployment();
        assertEquals("Llama 3.2 90B", d.modelName());
        assertEquals(88.8, d.parametersBillions());
        assertEquals(Precision.INT4, d.precision(), "the article's lowest precision (45-50 GB)");
        assertEquals("L4", d.gpuName());
        assertEquals(24, d.gpuMemoryGb());
        assertEquals(DeploymentSpec.DEFAULT_KV_CACHE_HEADROOM_SHARE, d.kvCacheHeadroomShare());
    }

    @Test
    void seedArticleRangesAreTheArticlesThatContainThePresetsValues() {
        ScenarioDocument doc = Presets.seedArticleDocument();
        assertEquals(List.of(new InputRange(InputField.MAINTENANCE_HOURS_PER_MONTH, 2, 4),
                new InputRange(InputField.SETUP_HOURS, 4, 6)), doc.ranges());
        for (InputRange r : doc.ranges()) {
            double point = r.input().get(doc.scenario());
            assertTrue(r.low() <= point && point <= r.high(), r + " must contain the preset's " + point);
        }
        // The article's other ranges do not contain the preset's values, which is why they are left out.
        assertFalse(doc.scenario().ops().rampDays() >= 3, "ramp 3-5 days");
        assertFalse(doc.scenario().selfHost().flatMonthlyCost() >= 26, "compute $26-60");
        assertTrue(doc.scenario().notes().contains("ramp of 3-5 days and compute of $26-60/month are left out"));
        assertNull(doc.presentation(), "the preset shows USD");
    }

    @Test
    void seedArticleScenarioIsTheDocumentsScenario() {
        assertEquals(Presets.seedArticleDocument().scenario(), Presets.seedArticle());
    }

    @Test
    void unknownPresetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Presets.load("nope"));
    }
}
