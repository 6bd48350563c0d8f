package org.llmcostplanner.ui;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.layout.GridPane;
import org.llmcostplanner.ui.analysis.AnalysisViews;
import org.llmcostplanner.ui.analysis.WarningStripController;
import org.llmcostplanner.ui.chart.LiveChartView;

/** Wires the main window: menus to the file actions, the included views to the planner. */
public final class MainWindowController {

    @FXML
    private GridPane chartsPane;
    @FXML
    private InputsPanelController inputsPanelController;
    @FXML
    private HeadlineController headlineController;

    // Analysis tabs (issue 6): empty in the FXML, their views built on first selection.
    @FXML
    private Tab goalSeekTab;
    @FXML
    private Tab sensitivityTab;
    @FXML
    private Tab uncertaintyTab;
    @FXML
    private Tab growthCapacityTab;
    @FXML
    private Tab articleTab;
    @FXML
    private WarningStripController analysisWarningsController;
    private AnalysisViews analysis;

    private FileActions actions;
    private Runnable about;

    void bind(PlannerViewModel planner, InputModels rows, FileActions fileActions, Runnable showAbout) {
        this.actions = fileActions;
        this.about = showAbout;
        inputsPanelController.bind(planner, rows);
        headlineController.bind(planner);
        analysis = AnalysisViews.create(planner);
        analysis.bindWarningStrip(analysisWarningsController);
        analysis.buildOnFirstShow(planner, goalSeekTab, sensitivityTab, uncertaintyTab, growthCapacityTab, articleTab);
    }

    /**
     * Places the charts (the cost curve across the top, breakdown and cumulative side by side
     * below) and has them follow the scenario; each view coalesces its redraws per pulse.
     */
    void showCharts(PlannerViewModel planner, List<LiveChartView> charts) {
        chartsPane.getChildren().clear();
        charts.forEach(c -> c.show(planner.scenario()));
        planner.scenarioProperty().addListener((obs, old, now) -> charts.forEach(c -> c.show(now)));
        analysis.showBandsOn(charts);
        for (int i = 0; i < charts.size(); i++) {
            LiveChartView chart = charts.get(i);
            chart.setMinSize(0, 0);
            chart.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            if (i == 0) {
                chartsPane.add(chart, 0, 0, 2, 1);
            } else {
                chartsPane.add(chart, i - 1, 1);
            }
        }
    }

    /** Builds what the first frame does not show (the collapsed Advanced rows); see {@link AfterFirstFrame}. */
    void buildDeferredViews() {
        inputsPanelController.buildAdvancedRows();
    }

    @FXML
    private void onNew() {
        actions.newScenario();
    }

    @FXML
    private void onOpen() {
        actions.open();
    }

    @FXML
    private void onSave() {
        actions.save();
    }

    @FXML
    private void onSaveAs() {
        actions.saveAs();
    }

    @FXML
    private void onExport() {
        actions.exportChart();
    }

    @FXML
    private void onQuit() {
        actions.quit();
    }

    @FXML
    private void onAbout() {
        about.run();
    }
}
