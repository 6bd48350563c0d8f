package org.llmcostplanner.ui;

import javafx.scene.Node;
import javafx.scene.image.WritableImage;

/** Pictures of nodes for window tests: taken on the FX thread, compared pixel by pixel. */
public final class Snapshots {

    private Snapshots() {
    }

    public static WritableImage of(Node node) throws Exception {
        return FxThread.onFx(() -> node.snapshot(null, null));
    }

    public static boolean samePixels(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
