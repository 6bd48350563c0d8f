package org.llmcostplanner.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built the first time it is selected and is out of the scene graph while
 * another tab is shown.
 *
 * <p>Why: a tab pane keeps every tab's content in the scene graph, only hidden. Building seven
 * views' skins and CSS before the first frame cost about 1.7 s of FX-thread time at start-up, and
 * a hidden view that changes with the scenario (the Prices table marks the entry in use) still
 * lays itself out on the pulse after every slider step. Detached, a hidden view costs nothing
 * until it is shown again; its view-model keeps following the scenario (cheap, no nodes), and the
 * same node comes back, so what the user typed there stays.
 */
public final class LazyTab {

    private final Tab tab;
    private final Supplier<Node> build;
    private Node content;

    private LazyTab(Tab tab, Supplier<Node> build) {
        this.tab = tab;
        this.build = build;
    }

    /** Makes {@code tab} build its content with {@code build} on first selection; returns the tab. */
    public static Tab install(Tab tab, Supplier<Node> build) {
        LazyTab lazy = new LazyTab(tab, build);
        tab.selectedProperty().addListener((obs, was, selected) -> lazy.follow(selected));
        lazy.follow(tab.isSelected());
        return tab;
    }

    /** A new tab with {@code text} and {@code id} whose content is built on first selection. */
    public static Tab create(String text, String id, Supplier<Node> build) {
        Tab tab = new Tab(text);
        tab.setId(id);
        return install(tab, build);
    }

    private void follow(boolean selected) {
        if (selected) {
            if (content == null) {
                content = build.get();
            }
            tab.setContent(content);
        } else {
            tab.setContent(null);
        }
    }
}
