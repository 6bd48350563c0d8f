package org.llmcostplanner.ui.compare;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import org.llmcostplanner.ui.FxmlViews;
import org.llmcostplanner.ui.LazyTab;
import org.llmcostplanner.ui.NodeFinder;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.chart.LiveChartView;

/**
 * Plugs comparison into the main window with one call: the baseline (View menu items, the strip
 * under the headline, the dashed curves on the cost chart) and the Compare tab. Finds its places
 * by id, so the shared window files need no more than the call.
 */
public final class CompareFeature {

    static final String VIEW_MENU_TEXT = "_View";

    private final BaselineViewModel baseline;
    private final CompareViewModel compare;

    private CompareFeature(BaselineViewModel baseline, CompareViewModel compare) {
        this.baseline = baseline;
        this.compare = compare;
    }

    /** Adds the feature to the window built from MainWindow.fxml ({@code root}); returns its view-models. */
    public static CompareFeature install(Parent root, PlannerViewModel planner, PlannerServices services,
                                         Supplier<Window> owner) {
        BaselineViewModel baseline = new BaselineViewModel(planner);
        CompareViewModel compare = new CompareViewModel(planner, services.store(), services.io(), Platform::runLater);

        Node stripNode = FxmlViews.load(CompareFeature.class, "BaselineStrip.fxml",
                (BaselineStripController c) -> c.bind(baseline));
        Node charts = NodeFinder.find(root, "chartsPane", Node.class).orElseThrow();
        Pane results = (Pane) charts.getParent();
        results.getChildren().add(results.getChildren().indexOf(charts), stripNode);

        LiveChartView cost = NodeFinder.find(root, "costChart", LiveChartView.class).orElseThrow();
        baseline.baselineProperty().addListener((obs, old, now) -> cost.showBaseline(now));

        MenuItem pin = new MenuItem("_Pin current scenario as baseline");
        pin.setId("pinBaselineMenuItem");
        pin.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        pin.setOnAction(e -> baseline.pin());
        MenuItem clear = new MenuItem("_Clear baseline");
        clear.setId("clearBaselineMenuItem");
        clear.disableProperty().bind(baseline.pinnedProperty().not());
        clear.setOnAction(e -> baseline.clear());
        Menu view = viewMenu(NodeFinder.find(root, "menuBar", MenuBar.class).orElseThrow());
        if (!view.getItems().isEmpty()) {
            view.getItems().add(new SeparatorMenuItem());
        }
        view.getItems().addAll(pin, clear);

        Tab tab = LazyTab.create("Compare", "compareTab", () -> FxmlViews.load(CompareFeature.class,
                "CompareView.fxml", (CompareViewController c) -> c.bind(compare, services.chooser(), owner)));
        NodeFinder.find(root, "viewTabs", TabPane.class).orElseThrow().getTabs().add(tab);

        CompareFeature feature = new CompareFeature(baseline, compare);
        root.getProperties().put(CompareFeature.class, feature);
        return feature;
    }

    public BaselineViewModel baseline() {
        return baseline;
    }

    public CompareViewModel compare() {
        return compare;
    }

    /** The window's View menu, made (before Help) when no other feature made it yet. */
    static Menu viewMenu(MenuBar bar) {
        for (Menu m : bar.getMenus()) {
            if (m.getText().replace("_", "").equals("View")) {
                return m;
            }
        }
        Menu view = new Menu(VIEW_MENU_TEXT);
        view.setId("viewMenu");
        int help = bar.getMenus().size();
        for (int i = 0; i < bar.getMenus().size(); i++) {
            if (bar.getMenus().get(i).getText().replace("_", "").equals("Help")) {
                help = i;
            }
        }
        bar.getMenus().add(help, view);
        return view;
    }
}
