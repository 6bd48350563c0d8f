package org.llmcostplanner.ui.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.hardening.NumericalEdges;
import org.llmcostplanner.hardening.NumericalEdges.Edge;
import org.llmcostplanner.io.Report;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.ExportRequest;
import org.llmcostplanner.ui.FigureText;
import org.llmcostplanner.ui.chart.LiveChartView;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The numerical edges of the inputs in the real window, on flat and hourly billing: the headline
 * reads as finite numbers or an explicit "never", no text anywhere says NaN or Infinity, all three
 * charts draw without an exception, and each exports as a PNG. Figures too large for a double
 * (the CLI refuses such a report) get a plain "too large to compute" instead.
 */
class NumericalEdgesInWindowTest {

    private static WindowUnderTest w;
    private static final java.util.Set<String> PLANNER_CHART_IDS = java.util.Arrays.stream(ChartKind.values())
            .map(k -> k.name().toLowerCase() + "Chart").collect(java.util.stream.Collectors.toSet());

    @TempDir
    Path dir;

    /** The window's own edges, after the ones shared with the report test. */
    private static final List<Edge> EDGES = NumericalEdges.concat(NumericalEdges.COMMON, List.of(
            new Edge("slider's minimum utilization 0.05", s -> s.with(InputField.UTILIZATION, 0.05)),
            new Edge("1e7 tokens at 1e9/day", s -> s.with(InputField.INPUT_TOKENS_PER_REQUEST, 1e7)
                    .with(InputField.OUTPUT_TOKENS_PER_REQUEST, 1e7).with(InputField.REQUESTS_PER_DAY, 1e9))));

    /** Figures beyond ±1.8e308: every input valid, the results not representable. */
    private static final List<Edge> OVERFLOWS = List.of(
            new Edge("output price 1.8e308 at 1e9/day", s -> s.with(InputField.OUTPUT_PRICE_PER_MTOK, Double.MAX_VALUE)
                    .with(InputField.REQUESTS_PER_DAY, 1e9)),
            new Edge("smallest utilization", s -> s.with(InputField.UTILIZATION, Double.MIN_VALUE)),
            new Edge("dev rate 1.8e308", s -> s.with(InputField.DEV_RATE_PER_HOUR, Double.MAX_VALUE)
                    .with(InputField.MAINTENANCE_HOURS_PER_MONTH, 40)));

    static Stream<Arguments> edges() {
        return NumericalEdges.onEveryBase(EDGES);
    }

    static Stream<Arguments> overflows() {
        return NumericalEdges.onEveryBase(OVERFLOWS);
    }

    private static Scenario scenario(Edge edge, Billing billing) {
        Scenario s = edge.apply().apply(NumericalEdges.base(billing));
        assertNull(s.firstInvalidInput(), "the edge must be a valid input");
        return s;
    }

    @BeforeAll
    static void openWindow() throws Exception {
        w = WindowUnderTest.start();
        w.dialogs.answerUnsavedChanges(org.llmcostplanner.ui.UserDialogs.UnsavedChoice.DISCARD);
    }

    @AfterAll
    static void closeWindow() throws Exception {
        WindowUnderTest.stop();
    }

    @AfterEach
    void closeDialogs() {
        w.closeOtherWindows();
        w.dialogs.clearErrors();
    }

    @ParameterizedTest(name = "{0}, {1} billing")
    @MethodSource("edges")
    void edgeShowsFiniteFiguresOrNeverAndExports(Edge edge, Billing billing) throws Exception {
        Scenario s = scenario(edge, billing);
        assertNull(Report.of(s).firstNonFiniteFigure(), "a finite edge");
        showAndCheck(s);
        exportEveryChart(s);
    }

    @ParameterizedTest(name = "{0}, {1} billing")
    @MethodSource("overflows")
    void figuresTooLargeToComputeSaySoInsteadOfInfinity(Edge edge, Billing billing) throws Exception {
        Scenario s = scenario(edge, billing);
        showAndCheck(s);
        if (Report.of(s).firstNonFiniteFigure() != null) {
            List<String> headline = new ArrayList<>(WindowUnderTest.fx(() -> Headline.shown(w.window().stage().getScene())).values());
            assertTrue(headline.stream().anyMatch(t -> t.contains(FigureText.TOO_LARGE)),
                    "the headline says which figures are too large to compute: " + headline);
        }
        exportEveryChart(s);
    }

    /** A large volume typed into the number field, then prices typed up to overflow: no crash, a message. */
    @Test
    void typingAnOverflowingPriceIsHandled() {
        w.load(NumericalEdges.bases().get(0), null);
        WindowUnderTest.fx(() -> {
            w.window().planner().input(InputField.REQUESTS_PER_DAY).set(1e9);
            // The price is an Advanced input: open the pane, as the user would.
            ((javafx.scene.control.TitledPane) w.window().stage().getScene().lookup("#advancedPane")).setExpanded(true);
            javafx.scene.control.TextField price = (javafx.scene.control.TextField)
                    w.window().stage().getScene().lookup("#outputPricePerMTokField");
            price.setText("1e308");
            price.fireEvent(new javafx.event.ActionEvent());
        });
        w.awaitSettled();
        assertEquals(1e308, WindowUnderTest.fx(() -> w.window().planner().scenario().api().outputPricePerMTok()));
        awaitChartsDrawn(WindowUnderTest.fx(() -> w.window().planner().scenario()));
        assertEquals(List.of(), WindowUnderTest.fx(SceneText::problems));
        assertEquals(List.of(), w.takeFxFailures());
        WindowUnderTest.fx(() -> ((javafx.scene.control.TitledPane) w.window().stage().getScene().lookup("#advancedPane"))
                .setExpanded(false));
    }

    private void showAndCheck(Scenario s) {
        w.load(s, null);
        awaitChartsDrawn(s);
        assertEquals(List.of(), WindowUnderTest.fx(SceneText::problems), "texts on screen");
        assertEquals(List.of(), w.takeFxFailures(), "no exception on the FX thread");
    }

    private static List<LiveChartView> charts(Node node, List<LiveChartView> into) {
        if (node instanceof LiveChartView v) {
            into.add(v);
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> charts(c, into));
        }
        return into;
    }

    private static void awaitChartsDrawn(Scenario s) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowUnderTest.fx(() -> {
                // The Planner tab's three charts (other tabs may hold live charts of their own).
                List<LiveChartView> views = charts(w.window().stage().getScene().getRoot(), new ArrayList<>()).stream()
                        .filter(v -> PLANNER_CHART_IDS.contains(v.getId()))
                        .toList();
                return views.size() == ChartKind.values().length
                        && views.stream().allMatch(v -> s.equals(v.drawnScenario()));
            }));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the charts never drew " + s.name() + "; FX failures: " + w.takeFxFailures(), e);
        }
    }

    private void exportEveryChart(Scenario s) throws Exception {
        for (ChartKind kind : ChartKind.values()) {
            Path png = dir.resolve(kind.name().toLowerCase() + ".png");
            Files.deleteIfExists(png);
            w.dialogs.answerExport(new ExportRequest(kind, 480, 300));
            w.chooser.answerNext(png);
            w.fireMenu("exportMenuItem");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> readable(png) || !w.dialogs.errors().isEmpty());
            assertEquals(List.of(), w.dialogs.errors(), kind + " export");
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image);
            assertEquals(480, image.getWidth());
            assertEquals(300, image.getHeight());
        }
        assertEquals(s, WindowUnderTest.fx(() -> w.window().planner().scenario()), "exporting changes nothing");
    }

    private static boolean readable(Path png) {
        try {
            return Files.isRegularFile(png) && ImageIO.read(png.toFile()) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
