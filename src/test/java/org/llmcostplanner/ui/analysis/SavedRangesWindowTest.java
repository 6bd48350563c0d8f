package org.llmcostplanner.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.ui.WindowRobot;
import org.llmcostplanner.analysis.DeploymentSpec;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.analysis.Precision;
import org.llmcostplanner.io.ScenarioDocument;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerWindow;
import org.llmcostplanner.ui.QueuedPathChooser;
import org.llmcostplanner.ui.TestWindows;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ranges and the deployment typed in the window are saved with the scenario and come back when
 * the file is opened again; a file without them stays without them.
 */
class SavedRangesWindowTest extends FxRobot {

    private static final QueuedPathChooser CHOOSER = new QueuedPathChooser();
    private static PlannerWindow window;
    private static ScenarioDocument seed;

    @TempDir
    Path dir;

    @BeforeAll
    static void openWindow() throws Exception {
        PlannerServices services = PlannerServices.desktop().withChooser(CHOOSER);
        seed = services.store().newDocument();
        window = TestWindows.open(stage -> PlannerWindow.show(stage, services));
    }

    @AfterAll
    static void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @BeforeEach
    void fileNew() {
        TestWindows.resetTo(window, seed);
    }

    @Test
    void rangesAndDeploymentTypedInTheWindowAreSavedAndReopened() throws Exception {
        showTab("Uncertainty");
        replaceText("#maintenanceHoursPerMonthRangeHigh", "6");
        interact(() -> lookup("#addRangeChoice").queryAs(ComboBox.class).setValue(InputField.RAMP_DAYS));
        clickOn("#addRangeButton");
        WaitForAsyncUtils.waitForFxEvents();
        replaceText("#rampDaysRangeHigh", "5");
        replaceText("#setupHoursRangeLow", "9"); // above high 6: refused, so 4–6 is what is saved

        showTab("Growth & capacity");
        replaceText("#gpuNameField", "L40S");
        replaceText("#gpuMemoryField", "48");
        interact(() -> lookup("#gpusPerInstanceSpinner").queryAs(Spinner.class).getValueFactory().setValue(2));
        interact(() -> lookup("#precisionChoice").queryAs(ComboBox.class).setValue(Precision.FP8));
        Label fit = lookup("#fitLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fit.getText().contains("2 \u00d7 L40S = 96 GB"));
        String fitTyped = fit.getText();
        assertTrue(fitTyped.startsWith("Does not fit") && fitTyped.contains("takes 3 such GPUs"), fitTyped);
        assertTrue(window.stage().getTitle().endsWith("*"), "unsaved: " + window.stage().getTitle());
        assertEquals(seed.scenario(), window.planner().scenario(), "no input was edited");

        Path file = dir.resolve("plan.json");
        CHOOSER.answerNext(file);
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.planner().dirtyProperty().get());

        ScenarioDocument saved = ScenarioFile.loadDocument(file);
        assertEquals(List.of(new InputRange(InputField.MAINTENANCE_HOURS_PER_MONTH, 2, 6),
                new InputRange(InputField.SETUP_HOURS, 4, 6), new InputRange(InputField.RAMP_DAYS, 0, 5)), saved.ranges());
        assertEquals(new DeploymentSpec("Llama 3.2 90B", 88.8, Precision.FP8, "2 \u00d7 L40S", 96,
                DeploymentSpec.DEFAULT_KV_CACHE_HEADROOM_SHARE), saved.deployment());

        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.planner().fileProperty().get() == null);
        showTab("Uncertainty");
        assertEquals("4", text("#maintenanceHoursPerMonthRangeHigh"), "File → New shows the seed's ranges again");
        assertTrue(lookup("#rampDaysRangeHigh").tryQuery().isEmpty());

        CHOOSER.answerNext(file);
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> file.equals(window.planner().fileProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("6", text("#maintenanceHoursPerMonthRangeHigh"));
        assertEquals("4", text("#setupHoursRangeLow"));
        assertEquals("5", text("#rampDaysRangeHigh"));
        Label range = lookup("#breakEvenRangeLabel").queryAs(Label.class);
        assertTrue(range.getText().contains(" – "), range.getText());

        showTab("Growth & capacity");
        assertEquals("L40S", text("#gpuNameField"));
        assertEquals("48", text("#gpuMemoryField"));
        assertEquals(2, lookup("#gpusPerInstanceSpinner").queryAs(Spinner.class).getValue());
        assertEquals(Precision.FP8, lookup("#precisionChoice").queryAs(ComboBox.class).getValue());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fit.getText().equals(fitTyped));
        assertFalse(window.planner().dirtyProperty().get(), "just opened: nothing unsaved");
    }

    @Test
    void aVersion1FileOpensWithoutRangesAndIsSavedWithoutThem() throws Exception {
        Path v1 = dir.resolve("v1.json");
        String json = ScenarioFile.toJson(seed.scenario()).replace("\"version\": 2", "\"version\": 1");
        assertTrue(json.contains("\"version\": 1"), "a version 1 file");
        Files.writeString(v1, json, StandardCharsets.UTF_8);

        CHOOSER.answerNext(v1);
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> v1.equals(window.planner().fileProperty().get()));
        showTab("Uncertainty");
        assertTrue(lookup("#maintenanceHoursPerMonthRangeHigh").tryQuery().isEmpty(), "no ranges in a v1 file");
        assertTrue(lookup("#methodLabel").queryAs(Label.class).getText().startsWith("No ranges"));
        showTab("Growth & capacity");
        assertEquals(DeploymentSpec.inferFrom(seed.scenario()).gpuName(), text("#gpuNameField"),
                "the capacity check reads the GPU label");

        replaceText("#growthField", "5"); // not a document setting: nothing unsaved
        interact(() -> window.planner().input(InputField.DEV_RATE_PER_HOUR).set(70));
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.planner().dirtyProperty().get());

        String written = Files.readString(v1, StandardCharsets.UTF_8);
        assertFalse(written.contains("\"ranges\""), written);
        assertFalse(written.contains("\"deployment\""), written);
        ScenarioDocument saved = ScenarioFile.loadDocument(v1);
        assertEquals(List.of(), saved.ranges());
        assertNull(saved.deployment());
        assertEquals(70, saved.scenario().ops().devRatePerHour());
    }

    private void showTab(String name) {
        WindowRobot.showTab(this, name);
    }

    private String text(String query) {
        return lookup(query).queryAs(TextField.class).getText();
    }

    private void replaceText(String query, String text) {
        WindowRobot.replaceText(this, query, text);
    }
}
