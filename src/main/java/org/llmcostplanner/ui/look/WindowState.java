package org.llmcostplanner.ui.look;

import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;

/**
 * The window as the user left it: its normal (not maximized) bounds, whether it was maximized, and
 * whether the Advanced inputs were open.
 */
public record WindowState(double x, double y, double width, double height, boolean maximized,
                          boolean advancedExpanded) {

    /** How much of the title bar must lie on a screen for the window to be reachable there. */
    static final double TITLE_BAR_HEIGHT = 30;
    static final double MIN_VISIBLE_WIDTH = 100;

    /** Read back, or empty when nothing usable was saved. */
    static Optional<WindowState> load(Preferences node) {
        double w = node.getDouble("width", -1);
        double h = node.getDouble("height", -1);
        if (!(w > 0) || !(h > 0) || !Double.isFinite(w) || !Double.isFinite(h)) {
            return Optional.empty();
        }
        return Optional.of(new WindowState(node.getDouble("x", Double.NaN), node.getDouble("y", Double.NaN), w, h,
                node.getBoolean("maximized", false), node.getBoolean("advancedExpanded", false)));
    }

    void save(Preferences node) {
        node.putDouble("x", x);
        node.putDouble("y", y);
        node.putDouble("width", width);
        node.putDouble("height", height);
        node.putBoolean("maximized", maximized);
        node.putBoolean("advancedExpanded", advancedExpanded);
    }

    /**
     * Whether the saved position can be used on these screens: a screen (or a monitor no longer
     * attached) must still hold enough of the title bar to grab the window by it.
     */
    boolean positionVisibleOn(List<Rectangle2D> screens) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return false;
        }
        Rectangle2D titleBar = new Rectangle2D(x, y, width, TITLE_BAR_HEIGHT);
        for (Rectangle2D s : screens) {
            double overlapW = Math.min(titleBar.getMaxX(), s.getMaxX()) - Math.max(titleBar.getMinX(), s.getMinX());
            double overlapH = Math.min(titleBar.getMaxY(), s.getMaxY()) - Math.max(titleBar.getMinY(), s.getMinY());
            if (overlapW >= Math.min(MIN_VISIBLE_WIDTH, width) && overlapH >= TITLE_BAR_HEIGHT / 2) {
                return true;
            }
        }
        return false;
    }
}
