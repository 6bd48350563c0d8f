package org.llmcostplanner.ui.analysis;

import org.llmcostplanner.ui.ManualPulseScheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.analysis.Uncertainty;
import org.llmcostplanner.analysis.UncertaintyResult;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.ui.FigureText;
import org.llmcostplanner.ui.PlannerViewModel;

class UncertaintyViewModelTest {

    /** The seed preset's recorded ranges: maintenance 2–4 h/month, setup 4–6 h. */
    private static final List<InputRange> SEED_RANGES = Presets.seedArticleDocument().ranges();

    private final ManualPulseScheduler pulse = new ManualPulseScheduler();
    private final PlannerViewModel planner = Planners.planner(pulse);
    private final UncertaintyViewModel vm = new UncertaintyViewModel(planner, pulse);

    @Test
    void seedRangesGiveTheBreakEvenRangeOfTheirCorners() {
        pulse.flush();
        assertEquals(SEED_RANGES, vm.rangesProperty().get());
        UncertaintyResult expected = Uncertainty.analyse(planner.scenario(), SEED_RANGES,
                new double[] {planner.scenario().workload().requestsPerDay()});
        String text = vm.breakEvenTextProperty().get();
        assertTrue(text.startsWith(FigureText.volume(expected.breakEvenLow()) + " – " + FigureText.volume(expected.breakEvenHigh())),
                text);
        assertTrue(expected.breakEvenLow() < expected.breakEvenHigh(), "maintenance 2–4 h moves the break-even");
        assertTrue(vm.methodTextProperty().get().startsWith("Exact"), vm.methodTextProperty().get());
    }

    @Test
    void aBadLowKeepsTheLastValidRangeAndNamesTheInput() {
        RangeRow maintenance = vm.rows().get(0);
        maintenance.lowTextProperty().set("5"); // above high 4
        assertTrue(maintenance.errorProperty().get().contains("Maintenance hours per month"), maintenance.errorProperty().get());
        assertEquals(new InputRange(InputField.MAINTENANCE_HOURS_PER_MONTH, 2, 4), maintenance.rangeProperty().get());
        maintenance.lowTextProperty().set("-1");
        assertTrue(maintenance.errorProperty().get().contains("allowed"), maintenance.errorProperty().get());
        maintenance.lowTextProperty().set("1");
        assertEquals("", maintenance.errorProperty().get());
        assertEquals(new InputRange(InputField.MAINTENANCE_HOURS_PER_MONTH, 1, 4), vm.rangesProperty().get().get(0));
    }

    @Test
    void disablingAndRemovingRowsChangesTheRangesInUse() {
        vm.rows().get(1).enabledProperty().set(false);
        assertEquals(List.of(SEED_RANGES.get(0)), vm.rangesProperty().get());
        vm.remove(vm.rows().get(0));
        pulse.flush();
        assertEquals(List.of(), vm.rangesProperty().get());
        assertTrue(vm.methodTextProperty().get().startsWith("No ranges"));
        assertTrue(vm.add(InputField.RAMP_DAYS));
        assertFalse(vm.add(InputField.RAMP_DAYS), "one range per input");
        assertEquals(InputField.RAMP_DAYS, vm.rangesProperty().get().get(0).input());
    }

    @Test
    void followsTheScenarioOncePerPulseAndNotWhileInactive() {
        pulse.flush();
        long before = vm.recomputeCount();
        vm.activeProperty().set(false);
        planner.input(InputField.DEV_RATE_PER_HOUR).set(80);
        planner.input(InputField.DEV_RATE_PER_HOUR).set(90);
        pulse.flush();
        assertEquals(before, vm.recomputeCount(), "hidden: no work");
        vm.activeProperty().set(true);
        pulse.flush();
        assertEquals(before + 1, vm.recomputeCount(), "one catch-up when shown");
        Double point = vm.resultProperty().get().breakEvenPoint();
        assertEquals(org.llmcostplanner.model.BreakEvenSolver.solve(org.llmcostplanner.model.CostModel.of(planner.scenario()),
                org.llmcostplanner.model.BreakEvenKind.WITH_OPS).requestsPerDay().getAsDouble(), point, 1e-9,
                "the figures are for the scenario after the edits");
        assertTrue(vm.breakEvenTextProperty().get().contains("now " + FigureText.volume(point)));
    }
}
