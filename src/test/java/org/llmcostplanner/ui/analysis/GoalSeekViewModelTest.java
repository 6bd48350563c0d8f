package org.llmcostplanner.ui.analysis;

import org.llmcostplanner.ui.ManualPulseScheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.analysis.GoalSeek;
import org.llmcostplanner.analysis.GoalTarget;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.ui.PlannerViewModel;

class GoalSeekViewModelTest {

    private final ManualPulseScheduler pulse = new ManualPulseScheduler();
    private final PlannerViewModel planner = Planners.planner(pulse);
    private final GoalSeekViewModel vm = new GoalSeekViewModel(planner, pulse);

    @Test
    void solvesForTheDevRateThatBreaksEvenAtTheCurrentVolumeAndApplies() {
        vm.inputProperty().set(InputField.DEV_RATE_PER_HOUR);
        vm.targetTextProperty().set("0");
        assertTrue(vm.solve());
        double v = vm.resultProperty().get().value().getAsDouble();
        assertEquals(0, CostModel.of(planner.scenario().with(InputField.DEV_RATE_PER_HOUR, v))
                .savings(planner.scenario().workload().requestsPerDay()), 1e-6);
        assertTrue(vm.resultTextProperty().get().startsWith("Dev rate = "), vm.resultTextProperty().get());
        assertTrue(vm.canApplyProperty().get());

        assertTrue(vm.apply());
        assertEquals(v, planner.scenario().ops().devRatePerHour(), 0);
        pulse.flush();
        assertFalse(vm.canApplyProperty().get(), "applied: the answer is now the current value");
    }

    @Test
    void breakEvenTargetIgnoresTheVolumeAndNoSolutionNamesTheRangeSearched() {
        vm.inputProperty().set(InputField.MAINTENANCE_HOURS_PER_MONTH);
        vm.targetKindProperty().set(GoalSeekViewModel.TargetKind.BREAK_EVEN);
        vm.volumeTextProperty().set("not used");
        vm.targetTextProperty().set("1");
        assertTrue(vm.solve(), vm.errorProperty().get());
        assertFalse(vm.resultProperty().get().found());
        String text = vm.resultTextProperty().get();
        assertTrue(text.startsWith("No solution in range: no maintenanceHoursPerMonth in "), text);
        assertFalse(vm.canApplyProperty().get());
        assertFalse(vm.apply());
    }

    @Test
    void staysLiveAfterSolvingAndClearsWhenTheQuestionChanges() {
        vm.inputProperty().set(InputField.MAINTENANCE_HOURS_PER_MONTH);
        vm.targetKindProperty().set(GoalSeekViewModel.TargetKind.PAYBACK);
        vm.targetTextProperty().set("6");
        vm.volumeTextProperty().set("10,000");
        vm.solve();
        planner.input(InputField.DEV_RATE_PER_HOUR).set(100);
        pulse.flush();
        assertEquals(GoalSeek.solve(planner.scenario(), InputField.MAINTENANCE_HOURS_PER_MONTH,
                new GoalTarget.Payback(6, 10_000.0)).value(), vm.resultProperty().get().value());

        vm.targetTextProperty().set("7");
        assertNull(vm.resultProperty().get());
        assertEquals("", vm.resultTextProperty().get());
    }

    @Test
    void badTextNeverSolvesAndSaysWhy() {
        vm.targetTextProperty().set("abc");
        assertFalse(vm.solve());
        assertTrue(vm.errorProperty().get().contains("\"abc\" is not a number"), vm.errorProperty().get());
        vm.targetTextProperty().set("5");
        vm.targetKindProperty().set(GoalSeekViewModel.TargetKind.SAVINGS);
        vm.volumeTextProperty().set("-3");
        assertFalse(vm.solve());
        assertTrue(vm.errorProperty().get().startsWith("At volume:"), vm.errorProperty().get());
        vm.targetKindProperty().set(GoalSeekViewModel.TargetKind.PAYBACK);
        vm.volumeTextProperty().set("");
        vm.targetTextProperty().set("0");
        assertFalse(vm.solve());
        assertTrue(vm.errorProperty().get().contains("above 0"), vm.errorProperty().get());
    }
}
