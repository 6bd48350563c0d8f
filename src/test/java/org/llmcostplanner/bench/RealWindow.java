package org.llmcostplanner.bench;

import java.io.IOException;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.PlannerWindow;
import org.llmcostplanner.ui.chart.LiveChartView;

/**
 * The planner's real main window ({@link PlannerWindow}, desktop services, data directory from
 * {@code llmcostplanner.dataDir}) as the benchmarks drive it: a change sets a view-model input,
 * a drag moves the real volume slider. Everything on the FX thread.
 */
final class RealWindow {

    private final PlannerWindow window;

    private RealWindow(PlannerWindow window) {
        this.window = window;
    }

    static RealWindow open() throws IOException {
        return new RealWindow(PlannerWindow.show(new Stage(), PlannerServices.desktop()));
    }

    Stage stage() {
        return window.stage();
    }

    Scene scene() {
        return window.stage().getScene();
    }

    PlannerViewModel planner() {
        return window.planner();
    }

    /** Sets every view-model input whose value differs from {@code s}, as a user's edits would. */
    void apply(Scenario s) {
        Scenario now = planner().scenario();
        for (InputField f : InputField.values()) {
            if (Double.compare(f.get(now), f.get(s)) != 0) {
                planner().input(f).set(f.get(s));
            }
        }
    }

    /** The real requests/day slider (found once the window has been laid out). */
    Slider volumeSlider() {
        Node n = scene().lookup("#" + InputField.REQUESTS_PER_DAY.jsonName() + "Slider");
        if (!(n instanceof Slider slider)) {
            throw new IllegalStateException("no requests/day slider in the window");
        }
        return slider;
    }

    List<LiveChartView> charts() {
        return java.util.Arrays.stream(ChartKind.values())
                .map(k -> (LiveChartView) scene().lookup("#" + k.name().toLowerCase() + "Chart")).toList();
    }

    boolean allChartsDrawn() {
        return charts().stream().allMatch(c -> c != null && c.redrawCount() > 0);
    }

    long totalRedraws() {
        return charts().stream().mapToLong(LiveChartView::redrawCount).sum();
    }

    void close() {
        window.stage().close(); // no close request: the quit prompt is not part of a benchmark
    }
}
