package org.llmcostplanner.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Turns off the bitmap cache that JavaFX's scroll pane skin puts on its viewport.
 *
 * <p>Why: the cache pays when the content stands still while it scrolls. Our scroll panes hold
 * the inputs and the live charts, whose content changes on every slider step: each step then
 * re-rendered the whole cached content (every input row's slider, field and border, every panel
 * behind the charts) into the cache and copied it to the screen, instead of repainting only the
 * few changed areas. On the software pipeline that was most of the render thread's time per frame.
 */
public final class UncachedScrollPanes {

    private UncachedScrollPanes() {
    }

    /** From the moment {@code pane} gets its skin (now, if it has one), its viewport is not cached. */
    public static void apply(ScrollPane pane) {
        pane.skinProperty().addListener((obs, old, skin) -> uncacheViewport(pane));
        uncacheViewport(pane);
    }

    private static void uncacheViewport(ScrollPane pane) {
        if (pane.getSkin() != null) {
            Node viewport = pane.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        }
    }
}
