package org.llmcostplanner.ui.compare;

import org.llmcostplanner.ui.WindowRobot;
import org.llmcostplanner.ui.QueuedPathChooser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.io.Report;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerWindow;
import org.llmcostplanner.ui.TestServices;
import org.llmcostplanner.ui.Snapshots;
import org.llmcostplanner.ui.TestWindows;
import org.llmcostplanner.ui.chart.LiveChartView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The baseline overlay and the Compare tab on the real window, headless. */
class CompareWindowTest extends FxRobot {

    private static final QueuedPathChooser CHOOSER = new QueuedPathChooser();
    private static PlannerWindow window;
    private static Scenario seed;

    @TempDir
    Path dir;

    @BeforeAll
    static void openWindow() throws Exception {
        PlannerServices services = TestServices.create(CHOOSER);
        seed = services.store().newScenario();
        window = TestWindows.open(stage -> PlannerWindow.show(stage, services));
    }

    @AfterAll
    static void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @BeforeEach
    void backToSeed() {
        TestWindows.resetTo(window, seed, () -> {
            feature().baseline().clear();
            lookup("#viewTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(0);
        });
    }

    private CompareFeature feature() {
        return (CompareFeature) window.stage().getScene().getRoot().getProperties().get(CompareFeature.class);
    }

    @Test
    void pinningDrawsTheBaselineDashedWhileInputsChangeAndClearingRemovesIt() throws Exception {
        LiveChartView cost = lookup("#costChart").queryAs(LiveChartView.class);
        clickOn("View").clickOn("Pin current scenario as baseline");
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage pinnedPicture = Snapshots.of(cost);

        replaceText("#devRatePerHourField", "30");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30, window.planner().scenario().ops().devRatePerHour());
        assertEquals(seed, cost.drawnBaseline(), "the baseline stays frozen");
        assertEquals(window.planner().scenario(), cost.drawnScenario());
        XYDataset lines = cost.chart().getXYPlot().getDataset(0);
        int plan = lines.indexOf("Baseline: plan");
        assertTrue(plan >= 0 && lines.indexOf("Baseline: API only") >= 0, "dashed baseline series drawn");
        double v = lines.getXValue(plan, 40);
        assertEquals(org.llmcostplanner.model.CostModel.of(seed).plan(v), lines.getYValue(plan, 40), 1e-6);
        assertFalse(Snapshots.samePixels(pinnedPicture, Snapshots.of(cost)), "the current curves moved away from the baseline");

        Node strip = lookup("#baselineStrip").query();
        assertTrue(strip.isVisible());
        String withOps = lookup("#baselineBreakEvenWithOpsLabel").queryAs(Label.class).getText();
        assertTrue(withOps.contains("\u2192") && withOps.contains("(\u2212"), "break-even fell: " + withOps);
        assertTrue(lookup("#baselineSavingsLabel").queryAs(Label.class).getText().contains("(+"));

        clickOn("View").clickOn("Clear baseline");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(cost.drawnBaseline());
        assertEquals(-1, cost.chart().getXYPlot().getDataset(0).indexOf("Baseline: plan"));
        assertFalse(strip.isVisible());
    }

    @Test
    void theCompareTabShowsFilesSideBySideAndABadFileAsAnErrorRow() throws Exception {
        Scenario busy = seed.withName("Busy").with(InputField.DEV_RATE_PER_HOUR, 20);
        Path seedFile = dir.resolve("seed.json");
        ScenarioFile.save(seed, seedFile);
        Path busyFile = dir.resolve("busy.json");
        ScenarioFile.save(busy, busyFile);
        Path bad = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"llm-cost-planner.scenario\", "
                + "\"version\": 1, \"workload\": {\"requestsPerDay\": -5}}");

        clickOn("Compare");
        @SuppressWarnings("unchecked")
        TableView<CompareRow> table = lookup("#compareTable").queryAs(TableView.class);
        for (Path p : new Path[] {seedFile, busyFile, bad}) {
            int before = table.getItems().size();
            CHOOSER.answerNext(p);
            clickOn("#addFileButton");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == before + 1);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(3, table.getItems().size());
        assertEquals("Busy", table.getItems().get(1).name());
        assertEquals(Report.of(busy), table.getItems().get(1).report());
        assertTrue(table.getItems().get(2).hasError());
        String message = lookup("#compareMessageLabel").queryAs(Label.class).getText();
        assertTrue(message.contains("broken.json") && message.contains("workload.requestsPerDay"), message);
        assertTrue(lookup("broken.json").tryQuery().isPresent(), "the error row is on screen");

        replaceText("#compareVolumeField", "20000");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20000, table.getItems().get(0).report().requestsPerDay());
        assertEquals("20,000", lookup("#compareVolumeField").queryAs(TextField.class).getText());

        replaceText("#compareVolumeField", "-3");
        WaitForAsyncUtils.waitForFxEvents();
        String refused = lookup("#compareMessageLabel").queryAs(Label.class).getText();
        assertTrue(refused.contains("Compared volume") && refused.contains("allowed 0"), refused);
        assertEquals(20000, table.getItems().get(0).report().requestsPerDay(), "unchanged");
    }

    /** Types into a field as a user would: select all, type, Enter. */
    private void replaceText(String fieldQuery, String text) {
        WindowRobot.replaceText(this, fieldQuery, text);
    }
}
