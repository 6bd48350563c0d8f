package org.llmcostplanner.ui.analysis;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Whether a tab's content is shown. The tab pane's skin puts each tab's content into a region
 * that it hides while another tab is selected; following that region's visibility keeps hidden
 * analysis views from computing and drawing while a slider is dragged on another tab.
 */
final class TabActivity {

    private TabActivity() {
    }

    /** Binds {@code active} to whether {@code content}'s parent is visible (false while it has none). */
    static void follow(Node content, BooleanProperty active) {
        bindTo(content.getParent(), active);
        content.parentProperty().addListener((obs, old, now) -> bindTo(now, active));
    }

    private static void bindTo(Parent parent, BooleanProperty active) {
        active.unbind();
        if (parent == null) {
            active.set(false);
        } else {
            active.bind(parent.visibleProperty());
        }
    }
}
