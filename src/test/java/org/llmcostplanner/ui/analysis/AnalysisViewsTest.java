package org.llmcostplanner.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.ui.WindowRobot;
import org.llmcostplanner.analysis.ArticleFigure;
import org.llmcostplanner.analysis.GoalSeek;
import org.llmcostplanner.analysis.GoalTarget;
import org.llmcostplanner.chart.HeatmapChart;
import org.llmcostplanner.chart.TornadoChart;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerWindow;
import org.llmcostplanner.ui.TestWindows;
import org.llmcostplanner.ui.chart.LiveChartView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The analysis tabs in the real window, headless: each one used as a user would. */
class AnalysisViewsTest extends FxRobot {

    private static PlannerWindow window;
    private static Scenario seed;
    private static org.llmcostplanner.io.ScenarioDocument seedDocument;

    @BeforeAll
    static void openWindow() throws Exception {
        PlannerServices services = PlannerServices.desktop();
        seed = services.store().newScenario();
        seedDocument = services.store().newDocument();
        window = TestWindows.open(stage -> PlannerWindow.show(stage, services));
    }

    @AfterAll
    static void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @BeforeEach
    void backToSeed() {
        TestWindows.resetTo(window, seedDocument); // File → New: the seed with its ranges and deployment
    }

    private void showTab(String text) {
        WindowRobot.showTab(this, text);
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition, java.util.function.Supplier<String> shown) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met; shown: " + shown.get(), e);
        }
    }

    private void setText(String query, String text) {
        interact(() -> lookup(query).queryAs(TextField.class).setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void goalSeekFindsTheMaintenanceHoursThatBreakEvenAndAppliesThem() throws Exception {
        showTab("Goal seek");
        interact(() -> lookup("#goalInputChoice").queryAs(ComboBox.class).setValue(InputField.MAINTENANCE_HOURS_PER_MONTH));
        setText("#goalTargetField", "0");
        clickOn("#goalSolveButton");
        WaitForAsyncUtils.waitForFxEvents();
        double expected = GoalSeek.solve(seed, InputField.MAINTENANCE_HOURS_PER_MONTH, new GoalTarget.Savings(0, null))
                .value().getAsDouble();
        String result = lookup("#goalResultLabel").queryAs(Label.class).getText();
        assertTrue(result.startsWith("Maintenance hours per month = "), result);
        assertFalse(lookup("#goalApplyButton").queryAs(Button.class).isDisabled());

        clickOn("#goalApplyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, window.planner().scenario().ops().maintenanceHoursPerMonth(), 1e-9);
        waitUntil(() -> lookup("#goalApplyButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void goalSeekSaysWhenThereIsNoSolutionAndRefusesBadText() {
        showTab("Goal seek");
        interact(() -> lookup("#goalInputChoice").queryAs(ComboBox.class).setValue(InputField.CACHE_HIT_SHARE));
        setText("#goalTargetField", "1000000");
        clickOn("#goalSolveButton");
        WaitForAsyncUtils.waitForFxEvents();
        String result = lookup("#goalResultLabel").queryAs(Label.class).getText();
        assertTrue(result.startsWith("No solution in range"), result);
        assertTrue(lookup("#goalApplyButton").queryAs(Button.class).isDisabled());

        setText("#goalTargetField", "lots");
        clickOn("#goalSolveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#goalErrorLabel").queryAs(Label.class).getText().contains("is not a number"));
        assertEquals("", lookup("#goalResultLabel").queryAs(Label.class).getText());
    }

    @Test
    void sensitivityChartsFollowTheScenarioWhileShown() throws Exception {
        showTab("Sensitivity");
        LiveChartView tornado = lookup("#tornadoChart").queryAs(LiveChartView.class);
        LiveChartView heatmap = lookup("#heatmapChart").queryAs(LiveChartView.class);
        waitUntil(() -> seed.equals(tornado.drawnScenario()) && seed.equals(heatmap.drawnScenario()));

        interact(() -> window.planner().input(InputField.DEV_RATE_PER_HOUR).set(90));
        Scenario now = window.planner().scenario();
        waitUntil(() -> now.equals(tornado.drawnScenario()) && now.equals(heatmap.drawnScenario()));

        // Settings redraw for the same scenario: ±P and the heatmap's axes.
        long redraws = tornado.redrawCount();
        setText("#percentField", "35");
        waitUntil(() -> tornado.redrawCount() > redraws);
        TornadoChart chart = (TornadoChart) onFx(() -> chartOf(tornado));
        waitUntil(() -> chart.tornado().percent() == 35, () -> "" + chart.tornado().percent());
        interact(() -> lookup("#heatmapYChoice").queryAs(ComboBox.class).setValue(InputField.MAINTENANCE_HOURS_PER_MONTH));
        HeatmapChart map = (HeatmapChart) onFx(() -> chartOf(heatmap));
        waitUntil(() -> map.yInput() == InputField.MAINTENANCE_HOURS_PER_MONTH && map.values().length == 2500);

        // Hidden: the planner's changes no longer reach the charts; shown again: they catch up.
        showTab("Planner");
        interact(() -> window.planner().input(InputField.DEV_RATE_PER_HOUR).set(70));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(now, tornado.drawnScenario());
        showTab("Sensitivity");
        Scenario later = window.planner().scenario();
        waitUntil(() -> later.equals(tornado.drawnScenario()));
    }

    @Test
    void uncertaintyRangesShowABreakEvenRangeAndBandsOnTheCostChart() throws Exception {
        showTab("Uncertainty");
        Label range = lookup("#breakEvenRangeLabel").queryAs(Label.class);
        waitUntil(() -> range.getText().contains(" – "));
        String before = range.getText();
        setText("#maintenanceHoursPerMonthRangeHigh", "8");
        waitUntil(() -> !range.getText().equals(before));

        setText("#maintenanceHoursPerMonthRangeLow", "x");
        assertTrue(lookup("#maintenanceHoursPerMonthRangeError").queryAs(Label.class).isVisible());
        LiveChartView cost = lookup("#costChart").queryAs(LiveChartView.class);
        assertNotNull(cost);
    }

    @Test
    void growthAndCapacityShowTheirFiguresAndTheWarningsReachThePlannerTab() throws Exception {
        showTab("Growth & capacity");
        Label first = lookup("#firstCheaperLabel").queryAs(Label.class);
        waitUntil(() -> first.getText().startsWith("month "));
        setText("#growthField", "0");
        waitUntil(() -> first.getText().startsWith("not within"), first::getText);

        Label fit = lookup("#fitLabel").queryAs(Label.class);
        setText("#gpuMemoryField", "48");
        waitUntil(() -> fit.getText().startsWith("Does not fit"), fit::getText);
        interact(() -> lookup("#gpusPerInstanceSpinner").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(2));
        waitUntil(() -> fit.getText().startsWith("Fits"), fit::getText);

        VBox strip = lookup("#warningStrip").queryAs(VBox.class);
        assertTrue(strip.getChildren().stream().map(n -> ((Label) n).getText()).anyMatch(t -> t.contains("$20/month cannot buy")),
                "the seed's $20 GPU warning is on the Planner tab");
        assertTrue(strip.getChildren().stream().map(n -> ((Label) n).getTooltip()).anyMatch(
                t -> t != null && t.getText().contains("MI300X")), "the whole warning in the tooltip");
    }

    @Test
    void articleTabFlagsTheArticlesWrongFigures() throws Exception {
        showTab("Check the article");
        @SuppressWarnings("unchecked")
        TableView<ArticleFigure> table = lookup("#articleTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        assertTrue(table.getItems().stream().anyMatch(f -> !f.agrees() && f.quote().contains("$420-$574")));
        assertTrue(table.getItems().stream().anyMatch(f -> !f.agrees() && f.quote().contains("2.6 hours")));
        assertTrue(table.getItems().get(0).claim().contains("Billing days"));
    }

    private static Object chartOf(LiveChartView v) throws Exception {
        java.lang.reflect.Field f = LiveChartView.class.getDeclaredField("chart");
        f.setAccessible(true);
        return f.get(v);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }
}
