package org.llmcostplanner.chart;

import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.MonthlyCosts;
import org.llmcostplanner.model.Scenario;

/** Cost breakdown at the current volume: staying on the API vs the plan, as stacked bars with totals. */
final class BreakdownChart implements PlannerChart {

    static final String STAY = "Stay on API";
    static final String PLAN = "Self-host plan";
    static final String API = "API";
    static final String GPU = "GPU compute";
    static final String OPS = "Ops time";
    static final String MIGRATION = "Migration (amortized)";

    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final StackedBarRenderer renderer = new StackedBarRenderer();
    private final NumberAxis costAxis = new NumberAxis(costLabel(ChartMoney.USD));
    private final CategoryTextAnnotation stayTotal = totalLabel(STAY);
    private final CategoryTextAnnotation planTotal = totalLabel(PLAN);
    private final TextTitle subtitle = new TextTitle("");
    private final JFreeChart chart;
    /** How money and numbers are written; the bars stay in USD (see {@link MoneyTicks}). */
    private ChartMoney money = ChartMoney.USD;

    BreakdownChart() {
        CategoryAxis categories = new CategoryAxis(null);
        categories.setCategoryMargin(0.35);
        ChartStyle.styledAxis(categories);
        costAxis.setAutoRange(false);
        ChartStyle.styledAxis(costAxis);
        renderer.setBarPainter(new StandardBarPainter()); // flat fills: no gradients, no shadows
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.3);
        renderer.setSeriesPaint(0, ChartStyle.API);
        renderer.setSeriesPaint(1, ChartStyle.GPU);
        renderer.setSeriesPaint(2, ChartStyle.OPS);
        renderer.setSeriesPaint(3, ChartStyle.MIGRATION);
        for (String row : new String[] {API, GPU, OPS, MIGRATION}) {
            for (String column : new String[] {STAY, PLAN}) {
                dataset.addValue(0.0, row, column);
            }
        }
        CategoryPlot plot = new CategoryPlot(dataset, categories, costAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
        plot.addAnnotation(stayTotal, false);
        plot.addAnnotation(planTotal, false);
        chart = ChartStyle.styled(new JFreeChart("Monthly cost at the current volume", ChartStyle.TITLE_FONT, plot, true),
                subtitle);
    }

    private static CategoryTextAnnotation totalLabel(String column) {
        CategoryTextAnnotation a = new CategoryTextAnnotation("", column, 0);
        a.setFont(ChartStyle.AXIS_LABEL_FONT.deriveFont(Font.BOLD));
        a.setPaint(ChartStyle.TEXT);
        a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
        return a;
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    @Override
    public void update(Scenario scenario) {
        double volume = scenario.workload().requestsPerDay();
        MonthlyCosts m = CostModel.of(scenario).monthly(volume);
        chart.setNotify(false);
        dataset.setNotify(false);
        try {
            dataset.setValue(m.apiOnly(), API, STAY);
            dataset.setValue(m.planApi(), API, PLAN);
            dataset.setValue(m.gpu(), GPU, PLAN);
            dataset.setValue(m.ops(), OPS, PLAN);
            dataset.setValue(m.migration(), MIGRATION, PLAN);
            renderer.setSeriesVisibleInLegend(3, m.migration() > 0, false);
            double top = Math.max(m.apiOnly(), m.plan());
            // Room above the taller bar for its total.
            double yMax = MoneyTicks.niceCeil(Math.max(1, top * 1.18), money);
            costAxis.setRange(0, yMax);
            costAxis.setTickUnit(MoneyTicks.unit(yMax, money), false, true); // its format labels the ticks
            stayTotal.setText(Formats.moneyText(m.apiOnly(), money));
            stayTotal.setValue(m.apiOnly());
            planTotal.setText(Formats.moneyText(m.plan(), money));
            planTotal.setValue(m.plan());
            subtitle.setText(subtitleText(volume, m));
        } finally {
            dataset.setNotify(true);
            chart.setNotify(true);
        }
    }

    private String subtitleText(double volume, MonthlyCosts m) {
        String at = "At " + Formats.volumeText(volume, money.locale()) + " requests/day: ";
        if (m.savings() >= 0) {
            return at + "self-hosting saves " + Formats.moneyText(m.savings(), money) + " a month";
        }
        return at + "self-hosting costs " + Formats.moneyText(-m.savings(), money) + " a month more";
    }

    /** The money axis's label names the currency: "EUR per month". */
    static String costLabel(ChartMoney money) {
        return money.currency() + " per month";
    }

    @Override
    public void setMoney(ChartMoney money) {
        this.money = java.util.Objects.requireNonNull(money, "money");
        costAxis.setLabel(costLabel(money));
    }
}
