package org.llmcostplanner.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.chart.LiveChartView;
import org.llmcostplanner.ui.workflow.Workflow;
import org.llmcostplanner.ui.workflow.WorkflowSettings;
import org.llmcostplanner.ui.look.WindowLook;
import org.llmcostplanner.ui.catalog.CatalogFeature;
import org.llmcostplanner.ui.compare.CompareFeature;

/** Builds the planner window on a stage: view-model, views, charts and menus wired together. */
public final class PlannerWindow {

    static final double MIN_WIDTH = 1100;
    static final double MIN_HEIGHT = 700;
    private static final double PREFERRED_WIDTH = 1280;
    private static final double PREFERRED_HEIGHT = 800;

    private final Stage stage;
    private final PlannerViewModel planner;
    private final FileActions actions;
    private final Workflow workflow;
    private final WindowLook look;
    private final CompletableFuture<Void> fullyBuilt;

    private PlannerWindow(Stage stage, PlannerViewModel planner, FileActions actions, Workflow workflow,
                          WindowLook look, CompletableFuture<Void> fullyBuilt) {
        this.fullyBuilt = fullyBuilt;
        this.stage = stage;
        this.planner = planner;
        this.actions = actions;
        this.workflow = workflow;
        this.look = look;
    }

    public Stage stage() {
        return stage;
    }

    public static PlannerWindow show(Stage stage, PlannerServices services) throws IOException {
        return show(stage, services, WorkflowSettings.fromSystem());
    }

    public static PlannerWindow show(Stage stage, PlannerServices services, WorkflowSettings settings)
            throws IOException {
        Scenario seed = services.store().newScenario();
        FxPulseScheduler scheduler = new FxPulseScheduler();
        PlannerViewModel planner = new PlannerViewModel(seed, scheduler);
        planner.load(services.store().newDocument(), null);
        List<Runnable> beforeExit = new ArrayList<>();
        FileActions actions = new FileActions(planner, services.store(), services.exporter(), services.chooser(),
                services.dialogs(), services.io(), () -> stage, () -> {
                    beforeExit.forEach(Runnable::run);
                    Platform.exit();
                });

        WindowLook.prepare(); // the theme's stylesheet before the first control exists
        FXMLLoader loader = new FXMLLoader(PlannerWindow.class.getResource("MainWindow.fxml"));
        Parent root = loader.load();
        MainWindowController controller = loader.getController();
        controller.bind(planner, new InputModels(planner, seed), actions, () -> AboutDialog.show(stage));
        List<LiveChartView> charts = charts();
        controller.showCharts(planner, charts);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(PREFERRED_WIDTH, screen.getWidth()),
                Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        // The look first: planner.css uses AtlantaFX's looked-up colours, so the theme's
        // stylesheet must be in place before any CSS is applied (else every lookup fails and logs).
        WindowLook look = WindowLook.install(stage, charts);
        CompareFeature.install(root, planner, services, () -> stage);
        CatalogFeature.install(root, planner, services, () -> stage);
        for (String id : new String[] {"inputsScroll", "plannerScroll"}) {
            NodeFinder.find(root, id, ScrollPane.class).ifPresent(UncachedScrollPanes::apply);
        }
        TabPane tabs = NodeFinder.find(root, "viewTabs", TabPane.class).orElseThrow();
        // Views built later (on a tab's first show) take the theme of their time.
        tabs.getTabs().forEach(tab -> tab.contentProperty().addListener((obs, old, now) -> {
            if (now != null) {
                look.themes().themeChartsIn(now);
            }
        }));

        scheduler.runBeforeLayoutOf(stage.getScene());
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.titleProperty().bind(planner.titleProperty());
        stage.setOnCloseRequest(e -> {
            // Closing the window is quitting: ask about unsaved changes, quit only when resolved.
            e.consume();
            actions.quit();
        });
        stage.show();
        CompletableFuture<Void> fullyBuilt = new CompletableFuture<>();
        AfterFirstFrame.run(charts, () -> {
            controller.buildDeferredViews();
            fullyBuilt.complete(null);
        });
        // Only with -Dllmcostplanner.exitAfterFirstFrame=true (benchmarks, AppCDS training): report and exit.
        StartupProbe.watch(stage.getScene(), () -> charts.stream().allMatch(c -> c.redrawCount() > 0));
        Workflow workflow = Workflow.install(stage, planner, actions, services, settings);
        beforeExit.add(workflow::cleanExit);
        return new PlannerWindow(stage, planner, actions, workflow, look, fullyBuilt);
    }

    /** Completes once the views built after the first frame (the Advanced rows) exist. */
    public CompletableFuture<Void> fullyBuilt() {
        return fullyBuilt;
    }

    /** Undo, recent files and crash recovery of this window. */
    public Workflow workflow() {
        return workflow;
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
