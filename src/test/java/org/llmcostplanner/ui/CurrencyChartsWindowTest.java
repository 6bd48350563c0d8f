package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.control.RadioButton;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.io.Presentation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.chart.LiveChartView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The display currency reaches every live chart and the exports made from the window, headless. */
class CurrencyChartsWindowTest extends FxRobot {

    private static final Presentation EUR = new Presentation("EUR", 0.92);
    private static PlannerWindow window;
    private static Scenario seed;
    private final Locale formatLocale = Locale.getDefault(Locale.Category.FORMAT);

    @TempDir
    Path dir;

    @BeforeAll
    static void openWindow() throws Exception {
        PlannerServices services = TestServices.create(new QueuedPathChooser());
        seed = services.store().newScenario();
        window = TestWindows.open(stage -> PlannerWindow.show(stage, services));
    }

    @AfterAll
    static void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @BeforeEach
    void backToSeed() {
        TestWindows.resetTo(window, seed, () -> showTab("Planner"));
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(Locale.Category.FORMAT, formatLocale);
    }

    @Test
    void choosingEurosRelabelsThePlannerChartsAndBackToDollars() {
        LiveChartView cost = lookup("#costChart").queryAs(LiveChartView.class);
        LiveChartView breakdown = lookup("#breakdownChart").queryAs(LiveChartView.class);
        LiveChartView cumulative = lookup("#cumulativeChart").queryAs(LiveChartView.class);
        waitUntil(() -> costLabel(cost).equals("Cost, USD per month"), () -> costLabel(cost));
        long redrawsBefore = cost.redrawCount();

        interact(() -> window.planner().presentationProperty().set(EUR));
        waitUntil(() -> costLabel(cost).equals("Cost, EUR per month"), () -> costLabel(cost));
        assertTrue(cost.redrawCount() > redrawsBefore, "the cost chart was redrawn for the new currency");
        waitUntil(() -> "EUR per month".equals(breakdown.chart().getCategoryPlot().getRangeAxis().getLabel())
                && "Cost, EUR".equals(cumulative.chart().getXYPlot().getRangeAxis().getLabel()),
                () -> breakdown.chart().getCategoryPlot().getRangeAxis().getLabel());
        assertEquals(seed, cost.drawnScenario(), "the scenario itself did not change");
        assertTrue(window.planner().dirtyProperty().get(), "a new currency is an unsaved change, as before");

        interact(() -> window.planner().presentationProperty().set(null));
        waitUntil(() -> costLabel(cost).equals("Cost, USD per month"), () -> costLabel(cost));
    }

    @Test
    void theSensitivityChartsFollowTheCurrencyToo() {
        interact(() -> window.planner().presentationProperty().set(new Presentation("GBP", 0.8)));
        interact(() -> showTab("Sensitivity"));
        interact(() -> lookup("#savingsRadio").queryAs(RadioButton.class).setSelected(true));
        LiveChartView tornado = lookup("#tornadoChart").queryAs(LiveChartView.class);
        LiveChartView heatmap = lookup("#heatmapChart").queryAs(LiveChartView.class);
        waitUntil(() -> "Monthly savings at the current volume, GBP".equals(
                tornado.chart().getXYPlot().getDomainAxis().getLabel())
                && "Savings, GBP/month".equals(legendLabel(heatmap.chart())),
                () -> tornado.chart().getXYPlot().getDomainAxis().getLabel() + " / " + legendLabel(heatmap.chart()));
        assertEquals("GBP", tornado.drawnMoney().currency());

        // Changed while the tab is hidden (its views out of the scene): shown in the new currency on return.
        interact(() -> showTab("Planner"));
        interact(() -> window.planner().presentationProperty().set(EUR));
        interact(() -> showTab("Sensitivity"));
        waitUntil(() -> "Monthly savings at the current volume, EUR".equals(
                tornado.chart().getXYPlot().getDomainAxis().getLabel())
                && "Savings, EUR/month".equals(legendLabel(heatmap.chart())),
                () -> tornado.chart().getXYPlot().getDomainAxis().getLabel() + " / " + legendLabel(heatmap.chart()));
        interact(() -> lookup("#breakEvenRadio").queryAs(RadioButton.class).setSelected(true));
    }

    @Test
    void anExportFromTheWindowIsInTheDisplayCurrencyInTheUsersLocale() throws Exception {
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        interact(() -> window.planner().presentationProperty().set(EUR));
        Path svg = dir.resolve("cost.svg");
        assertTrue(window.actions().exportTo(new ExportRequest(ChartKind.COST, 1280, 720, 1, ExportRequest.Format.SVG),
                svg).get(20, TimeUnit.SECONDS));
        String text = Files.readString(svg);
        assertTrue(text.contains(">100\u00a0€</text>"), "ticks in German euros");
        assertTrue(text.contains("Now: 1.000/day"), "volumes in German too");
        assertFalse(text.contains(">$"));

        Path csv = dir.resolve("curves.csv");
        assertTrue(window.actions().exportTo(new ExportRequest(ChartKind.COST, 1280, 720, 1, ExportRequest.Format.CSV),
                csv).get(20, TimeUnit.SECONDS));
        List<String> rows = Files.readAllLines(csv);
        assertEquals("requestsPerDay,apiOnly,planApi,gpu,ops,migration,plan,savings", rows.get(0));
        assertFalse(rows.get(1).contains("€"), "the CSV is data: plain USD numbers");
    }

    private static String costLabel(LiveChartView view) {
        return view.chart().getXYPlot().getRangeAxis().getLabel();
    }

    private static String legendLabel(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof PaintScaleLegend l) {
                return l.getAxis().getLabel();
            }
        }
        return null;
    }

    private void showTab(String text) {
        WindowRobot.selectTab(window.stage().getScene().getRoot(), text); // on the FX thread
    }

    private static void waitUntil(Callable<Boolean> condition, Supplier<String> shown) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met; shown: " + shown.get(), e);
        }
    }
}
