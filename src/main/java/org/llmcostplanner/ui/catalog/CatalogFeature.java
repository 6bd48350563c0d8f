package org.llmcostplanner.ui.catalog;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.llmcostplanner.catalog.UserCatalogStore;
import org.llmcostplanner.ui.FxmlViews;
import org.llmcostplanner.ui.LazyTab;
import org.llmcostplanner.ui.NodeFinder;
import org.llmcostplanner.ui.PathChooser;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerViewModel;

/** Plugs the price catalog into the main window with one call: the "Prices" tab, last. */
public final class CatalogFeature {

    private CatalogFeature() {
    }

    /** Adds the Prices tab to the window built from MainWindow.fxml, with the user's store in the data directory. */
    public static CatalogViewModel install(Parent root, PlannerViewModel planner, PlannerServices services,
                                           Supplier<Window> owner) {
        CatalogViewModel model = new CatalogViewModel(planner, UserCatalogStore.open(), LocalDate.now(),
                services.io(), Platform::runLater);
        Tab tab = LazyTab.create("Prices", "pricesTab", () -> view(model, services.chooser(), owner));
        NodeFinder.find(root, "viewTabs", TabPane.class).orElseThrow().getTabs().add(tab);
        root.getProperties().put(CatalogViewModel.class, model);
        return model;
    }

    /** The Prices view bound to {@code model}, for the window or on its own (tests). */
    public static Node view(CatalogViewModel model, PathChooser chooser, Supplier<Window> owner) {
        return FxmlViews.load(CatalogFeature.class, "CatalogView.fxml",
                (CatalogViewController c) -> c.bind(model, chooser, owner));
    }
}
