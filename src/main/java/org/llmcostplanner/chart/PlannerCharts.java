package org.llmcostplanner.chart;

import org.jfree.chart.JFreeChart;
import org.llmcostplanner.model.Scenario;

/** The one factory of planner charts: the window, the PNG export and the SVG export all draw these. */
public final class PlannerCharts {

    private PlannerCharts() {
    }

    /** A chart of {@code kind} that can be updated in place; call {@link PlannerChart#update} before drawing. */
    public static PlannerChart newChart(ChartKind kind) {
        return switch (kind) {
            case COST -> new CostChart();
            case BREAKDOWN -> new BreakdownChart();
            case CUMULATIVE -> new CumulativeChart();
        };
    }

    /** A finished chart of {@code kind} for {@code scenario}, at its current volume. */
    public static JFreeChart create(ChartKind kind, Scenario scenario) {
        return create(kind, scenario, ChartMoney.USD);
    }

    /** As {@link #create(ChartKind, Scenario)}, with money and numbers written as {@code money} says. */
    public static JFreeChart create(ChartKind kind, Scenario scenario, ChartMoney money) {
        PlannerChart chart = newChart(kind);
        chart.setMoney(money);
        chart.update(scenario);
        return chart.chart();
    }
}
