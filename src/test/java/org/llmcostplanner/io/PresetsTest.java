package org.llmcostplanner.io;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void unknownPresetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Presets.load("nope"));
    }
}
