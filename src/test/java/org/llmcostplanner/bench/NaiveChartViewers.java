package org.llmcostplanner.bench;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.llmcostplanner.chart.CostCurves;
import org.llmcostplanner.model.BreakEvenKind;
import org.llmcostplanner.model.BreakEvenSolver;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.Crossing;
import org.llmcostplanner.model.MonthlyCosts;
import org.llmcostplanner.model.Scenario;

/**
 * The baseline: what a JavaFX developer gets from JFreeChart-FX out of the box. Three default
 * {@link ChartViewer}s with stock renderers (ChartFactory charts, {@link StackedXYAreaRenderer2},
 * value markers) showing the same curves as our views, updated with notifications off and one
 * redraw at the end, as the facts file measured it.
 */
final class NaiveChartViewers {

    private final XYSeriesCollection lines = new XYSeriesCollection();
    private final DefaultTableXYDataset stack = new DefaultTableXYDataset();
    private final DefaultCategoryDataset breakdown = new DefaultCategoryDataset();
    private final XYSeriesCollection cumulative = new XYSeriesCollection();
    private final JFreeChart costChart;
    private final JFreeChart breakdownChart;
    private final JFreeChart cumulativeChart;
    private final List<ChartViewer> viewers = new ArrayList<>();

    NaiveChartViewers() {
        costChart = ChartFactory.createXYLineChart("Monthly cost vs requests per day", "Requests per day",
                "USD per month", lines);
        XYPlot plot = costChart.getXYPlot();
        plot.setDomainAxis(new LogAxis("Requests per day"));
        plot.setDataset(1, stack);
        plot.setRenderer(1, new StackedXYAreaRenderer2());
        ((XYLineAndShapeRenderer) plot.getRenderer()).setDefaultShapesVisible(false);
        breakdownChart = ChartFactory.createStackedBarChart("Monthly cost at the current volume", null,
                "USD per month", breakdown);
        cumulativeChart = ChartFactory.createXYLineChart("Cumulative cost over 24 months", "Months",
                "USD", cumulative);
        for (JFreeChart c : List.of(costChart, breakdownChart, cumulativeChart)) {
            viewers.add(new ChartViewer(c));
        }
    }

    List<? extends Node> nodes() {
        return viewers;
    }

    /**
     * Rewrites every dataset for {@code s} in one batch per chart; each viewer redraws once.
     * {@code costAxisMax} is the upper end of our cost chart's y axis for the same scenario, so both
     * show the same picture (an autoranged axis would reach the API cost at 1e7 requests/day, flatten
     * the stacked areas to a hairline and leave the baseline almost nothing to fill).
     */
    void show(Scenario s, double costAxisMax) {
        CostModel model = CostModel.of(s);
        double volume = s.workload().requestsPerDay();
        CostCurves curves = CostCurves.sample(model, volume);

        costChart.setNotify(false);
        XYSeries api = new XYSeries("API only");
        XYSeries gpu = new XYSeries("GPU", true, false);
        XYSeries ops = new XYSeries("Ops", true, false);
        for (int i = 0; i < curves.size(); i++) {
            api.add(curves.volume(i), curves.apiOnly(i), false);
            gpu.add(curves.volume(i), curves.gpu(i), false);
            ops.add(curves.volume(i), curves.ops(i), false);
        }
        lines.removeAllSeries();
        lines.addSeries(api);
        stack.removeAllSeries();
        stack.addSeries(gpu);
        stack.addSeries(ops);
        XYPlot plot = costChart.getXYPlot();
        plot.clearDomainMarkers();
        for (BreakEvenKind kind : BreakEvenKind.values()) {
            for (Crossing c : BreakEvenSolver.solve(model, kind).crossings()) {
                ValueMarker m = new ValueMarker(c.requestsPerDay());
                m.setLabel(kind + " " + Math.round(c.requestsPerDay()));
                plot.addDomainMarker(m);
            }
        }
        plot.getRangeAxis().setRange(0, costAxisMax);
        ValueMarker now = new ValueMarker(volume);
        now.setLabel("Now");
        plot.addDomainMarker(now);
        costChart.setNotify(true);

        breakdownChart.setNotify(false);
        MonthlyCosts m = model.monthly(volume);
        breakdown.setValue(m.apiOnly(), "API", "Stay on API");
        breakdown.setValue(m.planApi(), "API", "Plan");
        breakdown.setValue(m.gpu(), "GPU", "Plan");
        breakdown.setValue(m.ops(), "Ops", "Plan");
        breakdown.setValue(m.migration(), "Migration", "Plan");
        breakdownChart.setNotify(true);

        cumulativeChart.setNotify(false);
        XYSeries stay = new XYSeries("Stay on API");
        XYSeries migrate = new XYSeries("Migrate");
        for (int month = 0; month <= 24; month++) {
            stay.add(month, m.apiOnly() * month, false);
            migrate.add(month, model.oneTimeCost() + (m.plan() - m.migration()) * month, false);
        }
        cumulative.removeAllSeries();
        cumulative.addSeries(stay);
        cumulative.addSeries(migrate);
        cumulativeChart.setNotify(true);
    }
}
