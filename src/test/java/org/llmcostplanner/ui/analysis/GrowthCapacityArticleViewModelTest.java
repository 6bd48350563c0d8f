package org.llmcostplanner.ui.analysis;

import org.llmcostplanner.ui.ManualPulseScheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.analysis.ArticleCheck;
import org.llmcostplanner.analysis.Growth;
import org.llmcostplanner.analysis.GrowthResult;
import org.llmcostplanner.analysis.Precision;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.ui.PlannerViewModel;

/** The growth, capacity and article-check view-models against the pure analyses. */
class GrowthCapacityArticleViewModelTest {

    private final ManualPulseScheduler pulse = new ManualPulseScheduler();
    private final PlannerViewModel planner = Planners.planner(pulse);

    @Test
    void growthGivesTheFirstCheaperMonthAndCumulativeSavings() {
        GrowthViewModel vm = new GrowthViewModel(planner, pulse);
        vm.growthTextProperty().set("10");
        pulse.flush();
        GrowthResult expected = Growth.project(planner.scenario(), 10, 36);
        assertTrue(vm.firstCheaperTextProperty().get().startsWith("month " + expected.firstCheaperMonth() + " "),
                vm.firstCheaperTextProperty().get());
        assertEquals(Texts.money(expected.cumulativeAfter(36)), vm.after36TextProperty().get());
        vm.growthTextProperty().set("-100");
        assertTrue(vm.errorProperty().get().startsWith("Monthly growth:"));
        vm.growthTextProperty().set("0");
        pulse.flush();
        assertEquals("not within 36 months", vm.firstCheaperTextProperty().get(), "the seed at 1,000 req/day never pays");
    }

    @Test
    void capacityWarnsAboutTheSeedGpuAndTwoL40sPerInstanceHoldTheModel() {
        CapacityViewModel vm = new CapacityViewModel(planner, pulse);
        pulse.flush();
        assertEquals("88.8", vm.parametersTextProperty().get(), "read from the seed's model label");
        assertTrue(vm.warningsProperty().get().stream().anyMatch(w -> w.contains("cannot buy a GPU able to hold")),
                vm.warningsProperty().get().toString());

        vm.gpuNameProperty().set("L40S");
        vm.gpuMemoryTextProperty().set("48");
        vm.precisionProperty().set(Precision.INT4);
        pulse.flush();
        assertTrue(vm.fitTextProperty().get().startsWith("Does not fit"), vm.fitTextProperty().get());
        assertTrue(vm.warningsProperty().get().stream().anyMatch(w -> w.contains("cannot hold it")));
        vm.gpusPerInstanceProperty().set(2);
        pulse.flush();
        assertTrue(vm.fitTextProperty().get().startsWith("Fits"), vm.fitTextProperty().get());
        assertFalse(vm.warningsProperty().get().stream().anyMatch(w -> w.contains("cannot hold it")));

        vm.gpuMemoryTextProperty().set("lots");
        pulse.flush();
        assertTrue(vm.errorProperty().get().startsWith("GPU memory (GB):"), vm.errorProperty().get());

        planner.input(InputField.OUTPUT_TOKENS_PER_SECOND).set(5);
        vm.gpuMemoryTextProperty().set("48");
        pulse.flush();
        assertTrue(vm.instancesTextProperty().get().contains(" for the volume"), vm.instancesTextProperty().get());
    }

    @Test
    void articleRowsAreTheArticleChecksAndCountDisagreements() {
        ArticleCheckViewModel vm = new ArticleCheckViewModel(planner, pulse);
        pulse.flush();
        var expected = ArticleCheck.check(planner.scenario());
        assertEquals(expected, vm.rows());
        long bad = expected.stream().filter(f -> !f.agrees()).count();
        assertTrue(vm.summaryProperty().get().endsWith(bad + " disagree."), vm.summaryProperty().get());
        assertTrue(vm.rows().stream().filter(f -> !f.agrees()).anyMatch(f -> f.quote().contains("2.6 hours")));
        assertEquals(ArticleCheckViewModel.DISAGREES, ArticleCheckViewModel.verdict(
                vm.rows().stream().filter(f -> f.quote().contains("$420-$574") && !f.agrees()).findFirst().orElseThrow()));
    }
}
