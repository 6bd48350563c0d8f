package org.llmcostplanner.ui.analysis;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.llmcostplanner.chart.HeatmapChart;
import org.llmcostplanner.chart.TornadoChart;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.chart.LiveChartView;

/**
 * The Sensitivity tab: the tornado and the heatmap as live chart views (drawn in the pulse, like
 * the planner's charts), fed the scenario only while the tab is shown.
 */
public final class SensitivityController {

    @FXML
    private Region sensitivityRoot;
    @FXML
    private TextField percentField;
    @FXML
    private Label percentError;
    @FXML
    private ToggleGroup measureGroup;
    @FXML
    private RadioButton breakEvenRadio;
    @FXML
    private RadioButton savingsRadio;
    @FXML
    private Label sensitivitySummary;
    @FXML
    private StackPane tornadoHolder;
    @FXML
    private StackPane heatmapHolder;
    @FXML
    private ComboBox<InputField> heatmapXChoice;
    @FXML
    private ComboBox<InputField> heatmapYChoice;

    private final LiveChartView tornado = new LiveChartView(new TornadoChart());
    private final LiveChartView heatmap = new LiveChartView(new HeatmapChart());

    void bind(PlannerViewModel planner, SensitivityViewModel vm) {
        TabActivity.follow(sensitivityRoot, vm.activeProperty());
        tornado.setId("tornadoChart");
        heatmap.setId("heatmapChart");
        for (LiveChartView v : new LiveChartView[] {tornado, heatmap}) {
            v.setMinSize(0, 0);
            v.setPrefSize(400, 300);
        }
        tornadoHolder.getChildren().add(tornado);
        heatmapHolder.getChildren().add(heatmap);

        percentField.textProperty().bindBidirectional(vm.percentTextProperty());
        percentError.textProperty().bind(vm.percentErrorProperty());
        percentError.visibleProperty().bind(vm.percentErrorProperty().isNotEmpty());
        breakEvenRadio.setUserData(TornadoChart.Measure.BREAK_EVEN);
        savingsRadio.setUserData(TornadoChart.Measure.SAVINGS);
        measureGroup.selectToggle(breakEvenRadio);
        measureGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.measureProperty().set((TornadoChart.Measure) now.getUserData());
            }
        });
        sensitivitySummary.textProperty().bind(vm.summaryProperty());
        InputChoices.fill(heatmapXChoice);
        InputChoices.fill(heatmapYChoice);
        heatmapXChoice.valueProperty().bindBidirectional(vm.heatmapXProperty());
        heatmapYChoice.valueProperty().bindBidirectional(vm.heatmapYProperty());

        Runnable tornadoSettings = () -> tornado.reconfigure(c -> {
            TornadoChart t = (TornadoChart) c;
            t.setPercent(vm.percentProperty().get());
            t.setMeasure(vm.measureProperty().get());
        });
        Runnable heatmapSettings = () -> heatmap.reconfigure(
                c -> ((HeatmapChart) c).setAxes(vm.heatmapXProperty().get(), vm.heatmapYProperty().get()));
        vm.percentProperty().addListener((obs, old, now) -> tornadoSettings.run());
        vm.measureProperty().addListener((obs, old, now) -> tornadoSettings.run());
        vm.heatmapXProperty().addListener((obs, old, now) -> heatmapSettings.run());
        vm.heatmapYProperty().addListener((obs, old, now) -> heatmapSettings.run());
        tornadoSettings.run();
        heatmapSettings.run();

        // Only a shown tab follows the scenario; it catches up when shown again.
        planner.scenarioProperty().addListener((obs, old, now) -> {
            if (vm.activeProperty().get()) {
                show(now);
            }
        });
        vm.activeProperty().addListener((obs, was, now) -> {
            if (now) {
                show(planner.scenario());
            }
        });
        if (vm.activeProperty().get()) {
            show(planner.scenario());
        }
    }

    private void show(Scenario s) {
        tornado.show(s);
        heatmap.show(s);
    }

    LiveChartView tornadoView() {
        return tornado;
    }

    LiveChartView heatmapView() {
        return heatmap;
    }
}
