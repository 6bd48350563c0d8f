package org.llmcostplanner.ui.analysis;

import org.llmcostplanner.ui.ManualPulseScheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.analysis.Sensitivity;
import org.llmcostplanner.chart.TornadoChart;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.io.Presentation;
import org.llmcostplanner.ui.FigureText;
import org.llmcostplanner.ui.PlannerViewModel;

class SensitivityViewModelTest {

    private final ManualPulseScheduler pulse = new ManualPulseScheduler();
    private final PlannerViewModel planner = Planners.planner(pulse);
    private final SensitivityViewModel vm = new SensitivityViewModel(planner, pulse);

    @Test
    void manyEditsInOnePulseCostOneTornado() {
        pulse.flush();
        long before = vm.recomputeCount();
        for (int r = 61; r <= 90; r++) {
            planner.input(InputField.DEV_RATE_PER_HOUR).set(r);
        }
        vm.percentTextProperty().set("30");
        pulse.flush();
        assertEquals(before + 1, vm.recomputeCount());
        assertEquals(Sensitivity.tornado(planner.scenario(), 30), vm.tornadoProperty().get());
    }

    @Test
    void badPercentIsRefusedAndTheLastGoodOneKept() {
        vm.percentTextProperty().set("150");
        assertTrue(vm.percentErrorProperty().get().contains("allowed 0 … 100"), vm.percentErrorProperty().get());
        assertEquals(20, vm.percentProperty().get());
        vm.percentTextProperty().set("");
        assertTrue(vm.percentErrorProperty().get().contains("not a number"));
        vm.percentTextProperty().set("10");
        assertEquals("", vm.percentErrorProperty().get());
        assertEquals(10, vm.percentProperty().get());
    }

    @Test
    void summaryNamesTheLargestSwing() {
        pulse.flush();
        var top = vm.tornadoProperty().get().bars().get(0);
        assertTrue(vm.summaryProperty().get().startsWith("Largest swing: " + top.input().label()), vm.summaryProperty().get());
        vm.measureProperty().set(TornadoChart.Measure.SAVINGS);
        pulse.flush();
        var topSavings = vm.tornadoProperty().get().barsBySavingsSwing().get(0);
        assertTrue(vm.summaryProperty().get().contains(topSavings.input().label() + " (±20 %) moves the monthly savings"),
                vm.summaryProperty().get());
    }

    @Test
    void theSavingsSummaryIsRewrittenInTheDisplayCurrency() {
        vm.measureProperty().set(TornadoChart.Measure.SAVINGS);
        pulse.flush();
        String inDollars = vm.summaryProperty().get();
        assertTrue(inDollars.contains("$"), inDollars);
        planner.presentationProperty().set(new Presentation("EUR", 0.92));
        pulse.flush();
        String inEuros = vm.summaryProperty().get();
        assertTrue(inEuros.contains("€") && !inEuros.contains("$"), inEuros);
        var top = vm.tornadoProperty().get().barsBySavingsSwing().get(0);
        String low = FigureText.monthlyMoney(top.savingsLow(), new Presentation("EUR", 0.92)).replace("/month", "");
        assertTrue(inEuros.contains("from " + low + " to "), inEuros + " should hold " + low);
    }

    @Test
    void heatmapAxesStayDifferentBySwapping() {
        vm.heatmapXProperty().set(InputField.DEV_RATE_PER_HOUR);
        assertEquals(InputField.REQUESTS_PER_DAY, vm.heatmapYProperty().get());
        vm.heatmapYProperty().set(InputField.DEV_RATE_PER_HOUR);
        assertEquals(InputField.REQUESTS_PER_DAY, vm.heatmapXProperty().get());
    }
}
