package org.llmcostplanner.chart;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYDataset;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.Scenario;

/**
 * Cumulative cost over 24 months at the current volume: staying on the API vs migrating, which
 * pays the one-time cost at month 0 and then the plan each month (without the amortized share,
 * which would count the one-time cost twice). Both are straight lines: two points each.
 */
final class CumulativeChart implements PlannerChart {

    static final int MONTHS = 24;
    static final String STAY = "Stay on API";
    static final String MIGRATE = "Migrate (one-time cost at month 0, then the plan)";

    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final SmoothLineRenderer renderer = new SmoothLineRenderer();
    private final NumberAxis costAxis = new NumberAxis("Cumulative cost, USD");
    private final VerticalMarkers markers = new VerticalMarkers();
    private final TextTitle subtitle = new TextTitle("");
    private final JFreeChart chart;

    CumulativeChart() {
        NumberAxis months = new NumberAxis("Months from migration");
        months.setRange(0, MONTHS);
        months.setTickUnit(new NumberTickUnit(3));
        ChartStyle.styledAxis(months);
        costAxis.setAutoRange(false);
        ChartStyle.styledAxis(costAxis);
        renderer.setSeriesPaint(0, ChartStyle.API);
        renderer.setSeriesStroke(0, ChartStyle.API_STROKE);
        renderer.setSeriesPaint(1, ChartStyle.PLAN);
        renderer.setSeriesStroke(1, ChartStyle.PLAN_STROKE);
        XYPlot plot = new XYPlot(dataset, months, costAxis, renderer);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlineStroke(ChartStyle.GRID_STROKE);
        plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
        plot.addAnnotation(markers, false);
        chart = ChartStyle.styled(new JFreeChart("Cumulative cost over 24 months", ChartStyle.TITLE_FONT, plot, true),
                subtitle);
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    @Override
    public void update(Scenario scenario) {
        CostModel model = CostModel.of(scenario);
        double volume = scenario.workload().requestsPerDay();
        double apiMonthly = model.apiOnly(volume);
        boolean selfHosts = model.selfHostShare() > 0;
        double oneTime = selfHosts ? model.oneTimeCost() : 0;
        double planMonthly = model.plan(volume) - model.planMigration();
        double payback = model.paybackMonths(volume);
        double[] x = {0, MONTHS};
        double stayEnd = apiMonthly * MONTHS;
        double migrateEnd = oneTime + planMonthly * MONTHS;

        List<VerticalMarkers.Marker> marks = new ArrayList<>();
        if (payback >= 0 && payback <= MONTHS) {
            marks.add(new VerticalMarkers.Marker(payback, "Paid back after " + Formats.monthsText(payback) + " months",
                    CostChart.CURRENT, ChartStyle.CURRENT_STROKE, VerticalMarkers.Row.TOP, 0));
        }
        chart.setNotify(false);
        try {
            dataset.addSeries(STAY, new double[][] {x, {0, stayEnd}});
            dataset.addSeries(MIGRATE, new double[][] {x, {oneTime, migrateEnd}});
            double yMax = CostChart.niceCeil(Math.max(1, 1.08 * Math.max(stayEnd, migrateEnd)));
            costAxis.setRange(0, yMax);
            costAxis.setTickUnit(CostChart.tickUnit(yMax), false, true); // its format labels the ticks
            markers.setMarkers(marks);
            subtitle.setText(subtitleText(volume, oneTime, payback));
        } finally {
            chart.setNotify(true);
        }
    }

    private static String subtitleText(double volume, double oneTime, double payback) {
        String at = "At " + Formats.volumeText(volume) + " requests/day, one-time cost " + Formats.usdText(oneTime) + ": ";
        if (Double.isNaN(payback)) {
            return at + "never paid back (no monthly saving)";
        }
        return at + "paid back after " + Formats.monthsText(payback) + " months";
    }
}
