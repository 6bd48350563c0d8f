package org.llmcostplanner.ui.workflow;

import org.llmcostplanner.ui.WindowRobot;
import org.llmcostplanner.ui.QueuedPathChooser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.CostCurvesCsv;
import org.llmcostplanner.cli.Cli;
import org.llmcostplanner.ui.ExportRequest;
import org.w3c.dom.Element;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.analysis.Precision;
import org.llmcostplanner.analysis.DeploymentSpec;
import org.llmcostplanner.io.Presentation;
import org.llmcostplanner.io.ScenarioDocument;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.FileScenarioStore;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerWindow;
import org.llmcostplanner.ui.TestServices;
import org.llmcostplanner.ui.TestWindows;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Undo, Open Recent and autosave on the real window, headless. */
class WorkflowWindowTest extends FxRobot {

    private static final QueuedPathChooser CHOOSER = new QueuedPathChooser();
    private static final MemoryPreferences PREFS = new MemoryPreferences();
    private static PlannerWindow window;
    private static Scenario seed;

    @TempDir
    static Path data;
    @TempDir
    Path dir;

    @BeforeAll
    static void openWindow() throws Exception {
        PlannerServices services = TestServices.create(CHOOSER);
        seed = services.store().newScenario();
        WorkflowSettings settings = new WorkflowSettings(PREFS, data, Duration.ofMillis(300));
        window = TestWindows.open(stage -> PlannerWindow.show(stage, services, settings));
    }

    @AfterAll
    static void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @BeforeEach
    void backToSeed() {
        TestWindows.resetTo(window, seed, () -> {
            // A menu left open would take the next key (Enter on "Quit" ends the toolkit).
            lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class).getMenus().forEach(Menu::hide);
            listTargetWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow)
                    .forEach(javafx.stage.Window::hide);
            window.workflow().recentFiles().clear();
        });
    }

    @Test
    void aSliderDragIsUndoneInOneStepAndRedoneWithCtrlY() {
        Node thumb = lookup("#requestsPerDaySlider .thumb").query();
        drag(thumb, MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 0).moveBy(30, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = window.planner().scenario().workload().requestsPerDay();
        assertNotEquals(seed.workload().requestsPerDay(), dragged);
        assertTrue(window.stage().getTitle().endsWith("*"));

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(seed, window.planner().scenario(), "one Ctrl+Z undoes the whole drag");
        assertEquals("1,000", lookup("#requestsPerDayField").queryAs(TextField.class).getText());
        assertFalse(window.stage().getTitle().endsWith("*"), "back to the saved state: no unsaved mark");

        press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(dragged, window.planner().scenario().workload().requestsPerDay());
        assertEquals(lookup("#requestsPerDaySlider").queryAs(Slider.class).getValue(), Math.log10(dragged), 1e-9);
        assertTrue(window.stage().getTitle().endsWith("*"));
    }

    @Test
    void typedValuesAreOneStepEachAndCtrlZWorksInTheField() {
        replaceText("#devRatePerHourField", "120");
        replaceText("#maintenanceHoursPerMonthField", "9");
        // The focus is still in the number field: Ctrl+Z undoes the input, not the field's text.
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(seed.with(InputField.DEV_RATE_PER_HOUR, 120), window.planner().scenario());
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, window.planner().scenario().ops().maintenanceHoursPerMonth());
        assertEquals("9", lookup("#maintenanceHoursPerMonthField").queryAs(TextField.class).getText());

        clickShowing("editMenu");
        clickShowing("undoMenuItem");
        clickShowing("editMenu");
        clickShowing("undoMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(seed, window.planner().scenario());
        assertFalse(window.workflow().history().canUndoProperty().get());
    }

    @Test
    void openRecentListsSavedAndOpenedFilesAndDropsAMissingOne() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        ScenarioFile.save(seed.withName("A"), a);
        ScenarioFile.save(seed.withName("B"), b);
        CHOOSER.answerNext(a);
        clickOn("#requestsPerDayField");
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> a.equals(window.planner().fileProperty().get()));
        interact(() -> window.planner().input(InputField.DEV_RATE_PER_HOUR).set(77));
        Path saved = dir.resolve("saved-as.json");
        CHOOSER.answerNext(saved);
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saved.equals(window.planner().fileProperty().get()));
        assertEquals(List.of(saved, a), window.workflow().recentFiles().files());

        // Open Recent → the second entry opens a.json.
        clickOn("File");
        clickShowing("openRecentMenu");
        List<MenuItem> items = recentMenu().getItems();
        assertTrue(items.get(0).getText().contains("saved-as.json"), items.get(0).getText());
        assertTrue(lookup((Node n) -> "recentFile2".equals(n.getId()) && n.getScene() != null
                && n.getScene().getWindow().isShowing()).tryQuery().isPresent(), "the submenu shows the files");
        // Choosing the item (a robot move across the menu could close the submenu on the way).
        interact(() -> {
            items.get(1).fire();
            lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class).getMenus().forEach(Menu::hide);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> a.equals(window.planner().fileProperty().get()));
        assertEquals("A", window.planner().scenario().name());
        assertEquals(List.of(a, saved), window.workflow().recentFiles().files());
        assertEquals(List.of(a, saved), new RecentFiles(PREFS.node("recentFiles")).files(), "remembered");

        // A file that is gone: a clear message, and it leaves the list.
        Files.delete(saved);
        interact(() -> window.workflow().recentFiles().add(saved));
        // (The menu's own clicks were shown above; menu popups leave stale nodes behind for lookups.)
        interact(() -> recentMenu().getItems().get(0).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#errorDialog").tryQuery().isPresent());
        DialogPane error = lookup("#errorDialog").queryAs(DialogPane.class);
        assertTrue(error.getContentText().contains("no longer at " + saved), error.getContentText());
        assertTrue(error.getContentText().contains("removed from Open Recent"));
        clickOn("OK");
        assertEquals(List.of(a), window.workflow().recentFiles().files());
        assertEquals("A", window.planner().scenario().name(), "nothing else changed");

        interact(() -> recentMenu().getItems().stream().filter(i -> "clearRecentMenuItem".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        assertEquals(List.of(), window.workflow().recentFiles().files());
        assertEquals(List.of(), new RecentFiles(PREFS.node("recentFiles")).files());
    }

    @Test
    void unsavedWorkIsAutosavedAndTheFileGoesOnSave() throws Exception {
        Path recovery = window.workflow().recovery().file();
        interact(() -> window.planner().input(InputField.MAINTENANCE_HOURS_PER_MONTH).set(7));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.isRegularFile(recovery));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> ScenarioFile.load(recovery).ops().maintenanceHoursPerMonth() == 7);

        Path file = dir.resolve("plan.json");
        CHOOSER.answerNext(file);
        clickOn("#requestsPerDayField");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.planner().dirtyProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(recovery));
    }

    @Test
    void aRangeOrDeploymentEditAloneIsUnsavedAndAutosavedWithTheWholeDocument() throws Exception {
        Path recovery = window.workflow().recovery().file();
        InputRange ramp = new InputRange(InputField.RAMP_DAYS, 3, 5);
        interact(() -> window.planner().setRanges(List.of(ramp)));
        assertTrue(window.planner().dirtyProperty().get(), "a range is an unsaved change");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.isRegularFile(recovery)
                && ScenarioFile.loadDocument(recovery).ranges().equals(List.of(ramp)));

        DeploymentSpec h100 = DeploymentSpec.of("Llama 3.2 90B", 88.8, Precision.FP8, "H100", 80);
        interact(() -> window.planner().deploymentProperty().set(h100));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> h100.equals(ScenarioFile.loadDocument(recovery).deployment()));
        assertEquals(seed, ScenarioFile.loadDocument(recovery).scenario(), "no input was edited");

        interact(() -> {
            window.planner().setRanges(List.of());
            window.planner().deploymentProperty().set(null);
        });
        assertFalse(window.planner().dirtyProperty().get(), "back to the file as opened");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(recovery));
    }

    @Test
    void aV2FileKeepsItsCurrencyRangesAndDeploymentThroughAnEditAndSave() throws Exception {
        Path v2 = dir.resolve("v2.json");
        ScenarioDocument original = new FileScenarioStore().newDocument()
                .withPresentation(new Presentation("EUR", 0.9))
                .withRanges(List.of(new InputRange(InputField.MAINTENANCE_HOURS_PER_MONTH, 2, 6)));
        ScenarioFile.save(original, v2);
        CHOOSER.answerNext(v2);
        clickOn("#requestsPerDayField");
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> v2.equals(window.planner().fileProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#savingsLabel").queryAs(Label.class).getText().contains("\u20ac"),
                "money shown in the file's currency: " + lookup("#savingsLabel").queryAs(Label.class).getText());

        replaceText("#devRatePerHourField", "75");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.planner().dirtyProperty().get());

        ScenarioDocument saved = ScenarioFile.loadDocument(v2);
        assertEquals(75, saved.scenario().ops().devRatePerHour());
        assertEquals(original.presentation(), saved.presentation());
        assertEquals(original.ranges(), saved.ranges());
        assertEquals(original.deployment(), saved.deployment());
        assertTrue(original.deployment() != null, "the seed preset records a deployment");
    }

    @Test
    void displayCurrencyChosenInTheDialogConvertsTheHeadlineAndIsAnUnsavedChange() throws Exception {
        String usd = lookup("#rawSavingsLabel").queryAs(Label.class).getText();
        assertTrue(usd.contains("$46.00"), usd);
        clickShowing("editMenu");
        clickShowing("currencyMenuItem");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#currencyDialog").tryQuery().isPresent());
        interact(() -> {
            lookup("#currencyChoice").queryAs(javafx.scene.control.ComboBox.class).getEditor().setText("GBP");
            lookup("#rateField").queryAs(TextField.class).setText("abc");
        });
        assertTrue(lookup("#currencyErrorLabel").queryAs(Label.class).getText().startsWith("Rate:"));
        interact(() -> lookup("#rateField").queryAs(TextField.class).setText("0.8"));
        clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new Presentation("GBP", 0.8), window.planner().presentationProperty().get());
        assertTrue(lookup("#rawSavingsLabel").queryAs(Label.class).getText().contains("\u00a336.80"),
                lookup("#rawSavingsLabel").queryAs(Label.class).getText());
        assertTrue(window.planner().dirtyProperty().get());
        assertEquals(new Presentation("GBP", 0.8), window.planner().document().presentation());
        assertEquals(seed, window.planner().scenario(), "the model's numbers stay in USD");
    }

    @Test
    void pngAtTwiceTheScaleHasTwiceThePixels() throws Exception {
        Path png = dir.resolve("slide.png");
        CHOOSER.answerNext(png);
        clickOn("#requestsPerDayField");
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#widthField").tryQuery().isPresent());
        interact(() -> {
            lookup("#formatChoice").queryAs(ComboBox.class).setValue(ExportRequest.Format.PNG);
            lookup("#widthField").queryAs(TextField.class).setText("900");
            lookup("#heightField").queryAs(TextField.class).setText("500");
            lookup("#scaleChoice").queryAs(ComboBox.class).setValue(2);
        });
        assertEquals("1800 \u00d7 1000 pixels", lookup("#pixelSizeLabel").queryAs(Label.class).getText());
        clickOn("OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.isRegularFile(png) && Files.size(png) > 0);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1800, image.getWidth());
        assertEquals(1000, image.getHeight());
    }

    @Test
    void svgCsvAndReportExportsMatchTheCommandLine() throws Exception {
        Path file = dir.resolve("plan.json");
        ScenarioFile.save(new FileScenarioStore().newDocument()
                .withPresentation(new Presentation("EUR", 0.9)), file);
        CHOOSER.answerNext(file);
        clickOn("#requestsPerDayField");
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> file.equals(window.planner().fileProperty().get()));

        Path svg = dir.resolve("chart.svg");
        assertTrue(window.actions().exportTo(new ExportRequest(ChartKind.COST, 1000, 600, 1, ExportRequest.Format.SVG),
                svg).get(20, TimeUnit.SECONDS));
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = xml.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals(1000, Double.parseDouble(root.getAttribute("width")));
        assertEquals(600, Double.parseDouble(root.getAttribute("height")));

        Path csv = dir.resolve("curves.csv");
        assertTrue(window.actions().exportTo(new ExportRequest(ChartKind.COST, 1000, 600, 1, ExportRequest.Format.CSV),
                csv).get(20, TimeUnit.SECONDS));
        assertEquals(cli("export-csv", file.toString(), dir.resolve("cli.csv").toString()), "");
        assertEquals(Files.readString(dir.resolve("cli.csv")), Files.readString(csv));
        assertTrue(Files.readString(csv).startsWith(CostCurvesCsv.HEADER + "\n"));

        Path report = dir.resolve("report.json");
        CHOOSER.answerNext(report);
        interact(() -> window.actions().exportReport());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.isRegularFile(report));
        assertEquals(cli("report", file.toString()), Files.readString(report), "the CLI's report, in USD");
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Clicks the node with this id in a window that is showing (menu popups leave hidden copies behind). */
    private void clickShowing(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Node node = lookup((Node n) -> id.equals(n.getId()) && n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing() && n.isVisible()).query();
        clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Menu recentMenu() {
        Menu file = lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0);
        return (Menu) file.getItems().stream().filter(i -> "openRecentMenu".equals(i.getId())).findFirst().orElseThrow();
    }

    private void replaceText(String fieldQuery, String text) {
        WindowRobot.replaceText(this, fieldQuery, text);
    }
}
