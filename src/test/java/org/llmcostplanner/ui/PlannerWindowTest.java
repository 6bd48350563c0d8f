package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.chart.LiveChartView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real user flows, on the real window, headless. The window is started once for the class. */
class PlannerWindowTest extends FxRobot {

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
        TestWindows.resetTo(window, seed);
    }

    @Test
    void everyInputHasItsRowAdvancedOnesOnceOpenedAndNeverTwice() {
        // The Advanced rows are built after the first frame and are in the scene while the pane is open.
        javafx.scene.control.TitledPane advanced = lookup("#advancedPane").queryAs(javafx.scene.control.TitledPane.class);
        assertTrue(lookup("#billingDaysPerMonthRow").tryQuery().isEmpty(), "collapsed, the Advanced rows are out of the scene");
        interact(() -> advanced.setExpanded(true));
        java.util.Set<InputField> rowless = java.util.EnumSet.of(InputField.OUTPUT_TOKENS_PER_REQUEST); // via the token mix
        for (InputField f : InputField.values()) {
            if (!rowless.contains(f)) {
                assertTrue(lookup("#" + f.jsonName() + "Row").tryQuery().isPresent(), "row for " + f);
            }
        }
        int rows = lookup(".input-row").queryAll().size();
        interact(() -> advanced.setExpanded(false));
        interact(() -> advanced.setExpanded(true));
        assertEquals(rows, lookup(".input-row").queryAll().size(), "opening again builds nothing twice");
        interact(() -> advanced.setExpanded(false));
    }

    @Test
    void draggingTheVolumeSliderAcrossTheBreakEvenTurnsSavingsPositive() throws Exception {
        Label savings = lookup("#savingsLabel").queryAs(Label.class);
        String before = savings.getText();
        assertTrue(before.startsWith("\u2212"), "seed at 1,000 req/day loses money with ops: " + before);

        LiveChartView cost = lookup("#costChart").queryAs(LiveChartView.class);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage chartBefore = Snapshots.of(cost);

        Node thumb = lookup("#requestsPerDaySlider .thumb").query();
        drag(thumb, MouseButton.PRIMARY).moveBy(90, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        double volume = window.planner().scenario().workload().requestsPerDay();
        assertTrue(volume > 3031, "dragged past the with-ops break-even: " + volume);
        assertFalse(savings.getText().startsWith("\u2212"), savings.getText());
        assertNotEquals("never", lookup("#paybackLabel").queryAs(Label.class).getText());
        assertEquals(NumberText.format(volume), lookup("#requestsPerDayField").queryAs(TextField.class).getText());
        // The cost chart (and its current-volume marker) was redrawn for the dragged volume.
        assertEquals(volume, cost.drawnScenario().workload().requestsPerDay());
        assertFalse(Snapshots.samePixels(chartBefore, Snapshots.of(cost)), "the cost chart's picture changed");
    }

    @Test
    void exportWritesAPngOfTheRequestedSize() throws Exception {
        Path png = dir.resolve("cost.png");
        CHOOSER.answerNext(png);
        clickOn("#requestsPerDayField");
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#widthField").tryQuery().isPresent());
        interact(() -> {
            lookup("#widthField").queryAs(TextField.class).setText("900");
            lookup("#heightField").queryAs(TextField.class).setText("500");
        });
        clickOn("OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> readable(png));

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(500, image.getHeight());
    }

    @Test
    void typingInANumberFieldMovesItsSlider() {
        replaceText("#devRatePerHourField", "120");
        assertEquals(120, lookup("#devRatePerHourSlider").queryAs(Slider.class).getValue());
        assertEquals(120, window.planner().scenario().ops().devRatePerHour());
        assertTrue(window.planner().dirtyProperty().get());
    }

    @Test
    void invalidTextIsRefusedWithAVisibleMessageAndTheModelUnchanged() {
        replaceText("#requestsPerDayField", "-5");
        Label error = lookup("#requestsPerDayError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("Requests per day") && error.getText().contains("0 … 1000000000"),
                error.getText());
        assertEquals(seed, window.planner().scenario());
    }

    @Test
    void openingABadFileShowsTheFieldAndChangesNothing() throws Exception {
        Path bad = TestServices.writeBadScenario(dir.resolve("bad.json"));
        CHOOSER.answerNext(bad);
        clickOn("#requestsPerDayField");
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#errorDialog").tryQuery().isPresent());

        DialogPane dialog = lookup("#errorDialog").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains(TestServices.BAD_FIELD), dialog.getContentText());
        assertEquals(seed, window.planner().scenario());
        assertFalse(window.planner().dirtyProperty().get());
        clickOn("OK");
    }

    @Test
    void savedScenarioReopensWithTheSameValues() throws Exception {
        interact(() -> {
            window.planner().input(InputField.REQUESTS_PER_DAY).set(4321);
            window.planner().outputShareOfInputProperty().set(0.35);
        });
        Scenario edited = window.planner().scenario();
        Path file = dir.resolve("plan.json");
        CHOOSER.answerNext(file);
        clickOn("#requestsPerDayField");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.planner().dirtyProperty().get());
        assertTrue(Files.exists(file));
        assertFalse(window.stage().getTitle().endsWith("*"));

        interact(() -> window.planner().load(seed, null));
        CHOOSER.answerNext(file);
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> file.equals(window.planner().fileProperty().get()));

        assertEquals(edited, window.planner().scenario());
        assertFalse(window.planner().dirtyProperty().get());
        assertEquals("4,321", lookup("#requestsPerDayField").queryAs(TextField.class).getText());
        assertEquals("0.35", lookup("#outputShareOfInputField").queryAs(TextField.class).getText());
    }

    @Test
    void newOnUnsavedChangesAsksAndDiscardingRestoresTheSeed() {
        interact(() -> window.planner().input(InputField.MAINTENANCE_HOURS_PER_MONTH).set(9));
        clickOn("#requestsPerDayField");
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#unsavedChangesDialog").tryQuery().isPresent(), "asked about unsaved changes");
        clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(seed, window.planner().scenario());
    }

    private static boolean readable(Path png) {
        try {
            return Files.isRegularFile(png) && ImageIO.read(png.toFile()) != null;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void expandingAdvancedShowsItsRowsAndTheyStillEdit() {
        javafx.scene.control.TitledPane advanced = lookup("#advancedPane").queryAs(javafx.scene.control.TitledPane.class);
        interact(() -> advanced.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            TextField field = lookup("#flatMonthlyCostField").queryAs(TextField.class);
            assertTrue(field.isVisible() && field.getWidth() > 0 && field.getHeight() > 0,
                    "advanced rows are laid out once expanded: " + field.getLayoutBounds());
            assertTrue(advanced.getHeight() > 10 * field.getHeight(), "the pane grew to hold its rows");
            javafx.scene.control.ScrollPane scroll = lookup("#inputsScroll").queryAs(javafx.scene.control.ScrollPane.class);
            interact(() -> {
                // Scroll the field to the top of the viewport so the robot can click it.
                Node content = scroll.getContent();
                double y = content.sceneToLocal(field.localToScene(0, 0)).getY();
                double range = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(range <= 0 ? 0 : Math.min(1, y / range));
            });
            WaitForAsyncUtils.waitForFxEvents();
            replaceText("#flatMonthlyCostField", "1234");
            assertEquals(1234, window.planner().scenario().selfHost().flatMonthlyCost());
        } finally {
            interact(() -> {
                advanced.setExpanded(false);
                lookup("#inputsScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0);
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void replaceText(String fieldQuery, String text) {
        WindowRobot.replaceText(this, fieldQuery, text);
    }
}
