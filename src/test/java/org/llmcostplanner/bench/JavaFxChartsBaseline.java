package org.llmcostplanner.bench;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;

import org.llmcostplanner.chart.CostCurves;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.MonthlyCosts;
import org.llmcostplanner.model.Scenario;

/**
 * The second baseline: what a JavaFX developer builds with JavaFX's own charts, tuned as the facts
 * file measured them (animation off, no symbols). The cost chart is a {@link StackedAreaChart}
 * (GPU, ops, migration) with a transparent {@link LineChart} overlay (API only, plan) on the same
 * fixed axes; JavaFX has no log axis, so x is log10(requests/day) with the same points as ours.
 * Breakdown: {@link StackedBarChart}; cumulative: {@link LineChart} over 24 months. No break-even
 * markers (JavaFX charts have none): the baseline draws slightly less than ours.
 */
final class JavaFxChartsBaseline {

    private final NumberAxis areaX = logVolumeAxis();
    private final NumberAxis areaY = costAxis();
    private final NumberAxis lineX = logVolumeAxis();
    private final NumberAxis lineY = costAxis();
    private final StackedAreaChart<Number, Number> stack = new StackedAreaChart<>(areaX, areaY);
    private final LineChart<Number, Number> lines = new LineChart<>(lineX, lineY);
    private final XYChart.Series<Number, Number> gpu = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> ops = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> migration = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> api = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> plan = new XYChart.Series<>();

    private final StackedBarChart<String, Number> breakdown = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final List<XYChart.Series<String, Number>> parts = new ArrayList<>();

    private final NumberAxis cumulativeY = new NumberAxis();
    private final LineChart<Number, Number> cumulative = new LineChart<>(new NumberAxis(0, 24, 3), cumulativeY);
    private final XYChart.Series<Number, Number> stay = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> migrate = new XYChart.Series<>();

    private final List<Node> nodes;

    JavaFxChartsBaseline() {
        gpu.setName("GPU");
        ops.setName("Ops");
        migration.setName("Migration");
        api.setName("API only");
        plan.setName("Plan");
        stack.setTitle("Monthly cost vs requests per day");
        stack.getData().addAll(List.of(gpu, ops, migration));
        lines.getData().addAll(List.of(api, plan));
        for (XYChart<?, ?> c : List.of(stack, lines, breakdown, cumulative)) {
            c.setAnimated(false);
        }
        stack.setCreateSymbols(false);
        lines.setCreateSymbols(false);
        cumulative.setCreateSymbols(false);
        // The overlay shows only its lines over the area chart; same size, same axes.
        lines.setTitle(stack.getTitle());
        lines.setLegendVisible(false);
        lines.setStyle("-fx-background-color: transparent;");
        lines.setHorizontalGridLinesVisible(false);
        lines.setVerticalGridLinesVisible(false);
        lines.setAlternativeRowFillVisible(false);
        lines.setMouseTransparent(true);
        StackPane cost = new StackPane(stack, lines);
        lines.getStylesheets().add("data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(
                ".chart-plot-background { -fx-background-color: transparent; }".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));

        breakdown.setTitle("Monthly cost at the current volume");
        for (String name : List.of("API", "GPU", "Ops", "Migration")) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(name);
            parts.add(s);
        }
        breakdown.getData().addAll(parts);

        cumulative.setTitle("Cumulative cost over 24 months");
        stay.setName("Stay on API");
        migrate.setName("Migrate");
        cumulative.getData().addAll(List.of(stay, migrate));
        cumulativeY.setAutoRanging(true);
        nodes = List.of(cost, breakdown, cumulative);
    }

    List<? extends Node> nodes() {
        return nodes;
    }

    /** Rewrites every series for {@code s}: one setAll per series, cost y axis fixed like ours. */
    void show(Scenario s, double costAxisMax) {
        CostModel model = CostModel.of(s);
        double volume = s.workload().requestsPerDay();
        CostCurves c = CostCurves.sample(model, volume);
        int n = c.size();
        List<XYChart.Data<Number, Number>> g = new ArrayList<>(n);
        List<XYChart.Data<Number, Number>> o = new ArrayList<>(n);
        List<XYChart.Data<Number, Number>> m = new ArrayList<>(n);
        List<XYChart.Data<Number, Number>> a = new ArrayList<>(n);
        List<XYChart.Data<Number, Number>> p = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = Math.log10(c.volume(i));
            g.add(new XYChart.Data<>(x, c.gpu(i)));
            o.add(new XYChart.Data<>(x, c.ops(i)));
            m.add(new XYChart.Data<>(x, c.migration(i)));
            a.add(new XYChart.Data<>(x, c.apiOnly(i)));
            p.add(new XYChart.Data<>(x, c.plan(i)));
        }
        double upper = Math.log10(c.volume(n - 1));
        for (NumberAxis x : List.of(areaX, lineX)) {
            x.setUpperBound(upper);
        }
        for (NumberAxis y : List.of(areaY, lineY)) {
            y.setUpperBound(costAxisMax);
            y.setTickUnit(costAxisMax / 5);
        }
        gpu.getData().setAll(g);
        ops.getData().setAll(o);
        migration.getData().setAll(m);
        api.getData().setAll(a);
        plan.getData().setAll(p);

        MonthlyCosts now = model.monthly(volume);
        double[][] values = {{now.apiOnly(), now.planApi()}, {0, now.gpu()}, {0, now.ops()}, {0, now.migration()}};
        for (int k = 0; k < parts.size(); k++) {
            ObservableList<XYChart.Data<String, Number>> d = FXCollections.observableArrayList(
                    new XYChart.Data<>("Stay on API", values[k][0]), new XYChart.Data<>("Plan", values[k][1]));
            parts.get(k).getData().setAll(d);
        }

        List<XYChart.Data<Number, Number>> st = new ArrayList<>();
        List<XYChart.Data<Number, Number>> mi = new ArrayList<>();
        for (int month = 0; month <= 24; month++) {
            st.add(new XYChart.Data<>(month, now.apiOnly() * month));
            mi.add(new XYChart.Data<>(month, model.oneTimeCost() + (now.plan() - now.migration()) * month));
        }
        stay.getData().setAll(st);
        migrate.getData().setAll(mi);
    }

    private static NumberAxis logVolumeAxis() {
        NumberAxis x = new NumberAxis(0, 7, 1);
        x.setLabel("log10 requests per day");
        x.setAutoRanging(false);
        return x;
    }

    private static NumberAxis costAxis() {
        NumberAxis y = new NumberAxis(0, 1000, 200);
        y.setLabel("USD per month");
        y.setAutoRanging(false);
        return y;
    }
}
