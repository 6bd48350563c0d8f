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
    private final NumberAxis costAxis = new NumberAxis(costLabel(ChartMoney.USD));
    private final VerticalMarkers markers = new VerticalMarkers();
    private final TextTitle subtitle = new TextTitle("");
    private final JFreeChart chart;
    /** How money and numbers are written; the lines stay in USD (see {@link MoneyTicks}). */
    private ChartMoney money = ChartMoney.USD;

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
            marks.add(new VerticalMarkers.Marker(payback, "Paid back after " + Formats.monthsText(payback, money.locale()) + " months",
                    CostChart.CURRENT, ChartStyle.CURRENT_STROKE, VerticalMarkers.Row.TOP, 0));
        }
        chart.setNotify(false);
        try {
            dataset.addSeries(STAY, new double[][] {x, {0, stayEnd}});
            dataset.addSeries(MIGRATE, new double[][] {x, {oneTime, migrateEnd}});
            double yMax = MoneyTicks.niceCeil(Math.max(1, 1.08 * Math.max(stayEnd, migrateEnd)), money);
            costAxis.setRange(0, yMax);
            costAxis.setTickUnit(MoneyTicks.unit(yMax, money), false, true); // its format labels the ticks
            markers.setMarkers(marks);
            subtitle.setText(subtitleText(volume, oneTime, payback));
        } finally {
            chart.setNotify(true);
        }
    }

    private String subtitleText(double volume, double oneTime, double payback) {
        String at = "At " + Formats.volumeText(volume, money.locale()) + " requests/day, one-time cost "
                + Formats.moneyText(oneTime, money) + ": ";
        if (Double.isNaN(payback)) {
            return at + "never paid back (no monthly saving)";
        }
        return at + "paid back after " + Formats.monthsText(payback, money.locale()) + " months";
    }

    /**
     * The money axis's label names the currency: "Cost, EUR". Short on purpose: the title already
     * says "Cumulative cost", and in the window's lower row the plot can be shorter than
     * "Cumulative cost, USD" is long, which then ran into the subtitle above the plot.
     */
    static String costLabel(ChartMoney money) {
        return "Cost, " + money.currency();
    }

    @Override
    public void setMoney(ChartMoney money) {
        this.money = java.util.Objects.requireNonNull(money, "money");
        costAxis.setLabel(costLabel(money));
    }
}
