package org.llmcostplanner.bench;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.chart.LiveChartView;

/**
 * Stand-in for the planner's main window until the window branch lands on main: the seed
 * scenario, a logarithmic volume slider and the three {@link LiveChartView}s laid out as the
 * window lays them out (cost chart across the top, breakdown and cumulative below), 1280×800.
 * Start-up, memory and drag figures are measured on it; BENCHMARKS.md says so.
 */
final class StandInWindow {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    static final double MIN_LOG_VOLUME = 1; // 10 requests/day
    static final double MAX_LOG_VOLUME = 7; // 10,000,000

    private final List<LiveChartView> views = new ArrayList<>();
    private final Slider volume = new Slider(MIN_LOG_VOLUME, MAX_LOG_VOLUME, 3);
    private final Label volumeText = new Label();
    private final Scene scene;
    private Scenario scenario = Presets.seedArticle();

    StandInWindow() {
        volume.setValue(Math.log10(scenario.workload().requestsPerDay()));
        volume.valueProperty().addListener((obs, old, now) -> onVolume(now.doubleValue()));
        VBox inputs = new VBox(8, new Label("Requests per day"), volume, volumeText);
        inputs.setPadding(new Insets(12));
        inputs.setPrefWidth(330);

        GridPane charts = new GridPane();
        charts.setHgap(8);
        charts.setVgap(8);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(58);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(42);
        charts.getColumnConstraints().addAll(half, half);
        charts.getRowConstraints().addAll(top, bottom);
        for (ChartKind kind : ChartKind.values()) {
            LiveChartView v = new LiveChartView(kind);
            v.setMinSize(0, 0);
            v.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            views.add(v);
        }
        charts.add(views.get(0), 0, 0, 2, 1);
        charts.add(views.get(1), 0, 1);
        charts.add(views.get(2), 1, 1);

        BorderPane root = new BorderPane(charts);
        root.setLeft(inputs);
        scene = new Scene(root, WIDTH, HEIGHT);
        show(scenario);
    }

    Scene scene() {
        return scene;
    }

    Slider volumeSlider() {
        return volume;
    }

    /** True once every chart has drawn at least once. */
    boolean allChartsDrawn() {
        return views.stream().allMatch(v -> v.redrawCount() > 0);
    }

    long totalRedraws() {
        return views.stream().mapToLong(LiveChartView::redrawCount).sum();
    }

    private void onVolume(double log10) {
        show(scenario.with(InputField.REQUESTS_PER_DAY, Math.rint(Math.pow(10, log10))));
    }

    private void show(Scenario s) {
        scenario = s;
        volumeText.setText(String.format(java.util.Locale.ROOT, "%,.0f", s.workload().requestsPerDay()));
        views.forEach(v -> v.show(s));
    }
}
