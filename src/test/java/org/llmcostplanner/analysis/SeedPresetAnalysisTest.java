package org.llmcostplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.model.Scenario;

/** The shipped seed-article preset, as `report --preset seed-article` loads it. */
class SeedPresetAnalysisTest {

    private final Scenario preset = Presets.seedArticle();

    @Test
    void presetCarriesTheMemoryWarning() {
        List<String> w = Plausibility.warnings(preset);
        assertTrue(w.stream().anyMatch(s -> s.startsWith("$20/month cannot buy a GPU able to hold Llama 3.2 90B")), w::toString);
    }

    @Test
    void presetArticleCheckFlagsExactlyThe574The26HoursAndTheDroplet() {
        List<String> wrong = ArticleCheck.disagreements(preset).stream().map(ArticleFigure::claim).toList();
        assertEquals(3, wrong.size(), wrong::toString);
        assertTrue(wrong.stream().anyMatch(c -> c.contains("$26 compute")), wrong::toString);
        assertTrue(wrong.stream().anyMatch(c -> c.startsWith("Ops hours that eat")), wrong::toString);
        assertTrue(wrong.stream().anyMatch(c -> c.startsWith("GPU able to hold")), wrong::toString);
    }
}
