package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class CostChartBaselineTest {

    private static final Scenario SEED = Scenario.defaults();
    private static final Scenario CHEAPER_GPU = SEED.with(InputField.FLAT_MONTHLY_COST, 10)
            .with(InputField.DEV_RATE_PER_HOUR, 20);

    @Test
    void aPinnedBaselineIsDrawnDashedWithItsOwnCurvesAndLegend() {
        CostChart chart = new CostChart();
        chart.setBaseline(SEED);
        chart.update(CHEAPER_GPU);

        XYDataset lines = chart.chart().getXYPlot().getDataset(0);
        int api = lines.indexOf(CostChart.BASELINE_API_ONLY);
        int plan = lines.indexOf(CostChart.BASELINE_PLAN);
        assertTrue(api >= 0 && plan >= 0, "both baseline series present");
        CostModel baseline = CostModel.of(SEED);
        CostModel current = CostModel.of(CHEAPER_GPU);
        for (int i = 0; i < lines.getItemCount(plan); i += 17) {
            double v = lines.getXValue(plan, i);
            assertEquals(baseline.plan(v), lines.getYValue(plan, i), 1e-9 * Math.max(1, baseline.plan(v)));
            assertEquals(baseline.apiOnly(v), lines.getYValue(api, i), 1e-9 * Math.max(1, baseline.apiOnly(v)));
        }
        // The current scenario's own plan differs from the baseline's: the change is visible.
        assertTrue(current.plan(1000) < baseline.plan(1000));

        XYPlot plot = chart.chart().getXYPlot();
        BasicStroke stroke = (BasicStroke) plot.getRenderer(0).getSeriesStroke(plan);
        assertTrue(stroke.getDashArray() != null && stroke.getDashArray().length > 0, "dashed");
        LegendItemCollection legend = plot.getLegendItems();
        boolean listed = false;
        for (int i = 0; i < legend.getItemCount(); i++) {
            LegendItem item = legend.get(i);
            listed |= item.getLabel().equals("Baseline: plan");
        }
        assertTrue(listed, "the legend names the baseline");
    }

    @Test
    void clearingTheBaselineRemovesItsSeries() {
        CostChart chart = new CostChart();
        chart.setBaseline(SEED);
        chart.update(CHEAPER_GPU);
        chart.setBaseline(null);
        chart.update(CHEAPER_GPU);
        assertFalse(chart.onlyOverlayChanged(), "removing the baseline redraws the base layer");
        XYDataset lines = chart.chart().getXYPlot().getDataset(0);
        assertEquals(-1, lines.indexOf(CostChart.BASELINE_API_ONLY));
        assertEquals(-1, lines.indexOf(CostChart.BASELINE_PLAN));
        assertEquals(2, lines.getSeriesCount());
    }

    @Test
    void theAxesMakeRoomForABaselineThatBreaksEvenFarther() {
        Scenario far = SEED.with(InputField.FLAT_MONTHLY_COST, 2_000_000);
        CostChart alone = new CostChart();
        alone.update(SEED);
        CostChart pinned = new CostChart();
        pinned.setBaseline(far);
        pinned.update(SEED);
        double upperAlone = alone.chart().getXYPlot().getDomainAxis().getUpperBound();
        double upperPinned = pinned.chart().getXYPlot().getDomainAxis().getUpperBound();
        assertTrue(upperPinned > upperAlone, upperAlone + " vs " + upperPinned);
    }
}
