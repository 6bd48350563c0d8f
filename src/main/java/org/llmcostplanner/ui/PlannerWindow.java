package org.llmcostplanner.ui;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.chart.LiveChartView;
import org.llmcostplanner.ui.look.WindowLook;

/** Builds the planner window on a stage: view-model, views, charts and menus wired together. */
public final class PlannerWindow {

    static final double MIN_WIDTH = 1100;
    static final double MIN_HEIGHT = 700;
    private static final double PREFERRED_WIDTH = 1280;
    private static final double PREFERRED_HEIGHT = 800;

    private final Stage stage;
    private final PlannerViewModel planner;
    private final FileActions actions;
    private final WindowLook look;

    private PlannerWindow(Stage stage, PlannerViewModel planner, FileActions actions, WindowLook look) {
        this.stage = stage;
        this.planner = planner;
        this.actions = actions;
        this.look = look;
    }

    public Stage stage() {
        return stage;
    }

    public static PlannerWindow show(Stage stage, PlannerServices services) throws IOException {
        Scenario seed = services.store().newScenario();
        PlannerViewModel planner = new PlannerViewModel(seed, new FxPulseScheduler());
        FileActions actions = new FileActions(planner, services.store(), services.exporter(), services.chooser(),
                services.dialogs(), services.io(), () -> stage, Platform::exit);

        FXMLLoader loader = new FXMLLoader(PlannerWindow.class.getResource("MainWindow.fxml"));
        Parent root = loader.load();
        MainWindowController controller = loader.getController();
        controller.bind(planner, new InputModels(planner, seed), actions, () -> AboutDialog.show(stage));
        List<LiveChartView> charts = charts();
        controller.showCharts(planner, charts);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(root, Math.min(PREFERRED_WIDTH, screen.getWidth()),
                Math.min(PREFERRED_HEIGHT, screen.getHeight())));
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.titleProperty().bind(planner.titleProperty());
        stage.setOnCloseRequest(e -> {
            // Closing the window is quitting: ask about unsaved changes, quit only when resolved.
            e.consume();
            actions.quit();
        });
        WindowLook look = WindowLook.install(stage, charts);
        stage.show();
        // Only with -Dllmcostplanner.exitAfterFirstFrame=true (benchmarks, AppCDS training): report and exit.
        StartupProbe.watch(stage.getScene(), () -> charts.stream().allMatch(c -> c.redrawCount() > 0));
        return new PlannerWindow(stage, planner, actions, look);
    }

    public PlannerViewModel planner() {
        return planner;
    }

    public FileActions actions() {
        return actions;
    }

    /** Theme, remembered window state and the introduction. */
    public WindowLook look() {
        return look;
    }

    /** One live view per chart, with ids such as {@code costChart}. */
    private static List<LiveChartView> charts() {
        return Arrays.stream(ChartKind.values()).map(kind -> {
            LiveChartView view = new LiveChartView(kind);
            view.setId(kind.name().toLowerCase() + "Chart");
            return view;
        }).toList();
    }
}
