package org.llmcostplanner.ui.look;

import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TitledPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Restores the window's size, position, maximized state and the Advanced pane on start, and saves
 * them when the window closes or the app quits. Tracks the normal bounds while the window is not
 * maximized, so un-maximizing after a restart returns to the size the user had chosen.
 */
final class WindowStateKeeper {

    private final Stage stage;
    private final TitledPane advanced;
    private final Preferences node;
    private double normalX = Double.NaN;
    private double normalY = Double.NaN;
    private double normalWidth;
    private double normalHeight;

    WindowStateKeeper(Stage stage, TitledPane advanced, Preferences node) {
        this.stage = stage;
        this.advanced = advanced;
        this.node = node;
    }

    /** Before the stage is shown: apply what was saved (position only if still on a screen). */
    void restore() {
        Optional<WindowState> saved = WindowState.load(node);
        saved.ifPresent(s -> {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double w = Math.max(stage.getMinWidth(), Math.min(s.width(), maxSide(Screen.getScreens(), true)));
            double h = Math.max(stage.getMinHeight(), Math.min(s.height(), maxSide(Screen.getScreens(), false)));
            stage.setWidth(w);
            stage.setHeight(h);
            if (s.positionVisibleOn(visualBounds())) {
                stage.setX(s.x());
                stage.setY(s.y());
            } else {
                stage.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - w) / 2));
                stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - h) / 3));
            }
            // Kept as the normal bounds: a window restored maximized has no other record of them.
            normalX = stage.getX();
            normalY = stage.getY();
            normalWidth = w;
            normalHeight = h;
            stage.setMaximized(s.maximized());
            if (advanced != null) {
                advanced.setExpanded(s.advancedExpanded());
            }
        });
        rememberNormalBounds();
        stage.xProperty().addListener(o -> rememberLater());
        stage.yProperty().addListener(o -> rememberLater());
        stage.widthProperty().addListener(o -> rememberLater());
        stage.heightProperty().addListener(o -> rememberLater());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> save());
    }

    /** What {@link #save()} would write now. */
    WindowState current() {
        rememberNormalBounds();
        return new WindowState(normalX, normalY, normalWidth, normalHeight, stage.isMaximized(),
                advanced != null && advanced.isExpanded());
    }

    void save() {
        current().save(node);
    }

    /**
     * A maximize also resizes the window; checked a moment later so the maximized size is not
     * taken for the normal one whichever event comes first.
     */
    private void rememberLater() {
        Platform.runLater(this::rememberNormalBounds);
    }

    private void rememberNormalBounds() {
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        if (Double.isFinite(stage.getWidth()) && stage.getWidth() > 0) {
            normalX = stage.getX();
            normalY = stage.getY();
            normalWidth = stage.getWidth();
            normalHeight = stage.getHeight();
        }
    }

    private static List<Rectangle2D> visualBounds() {
        return Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    }

    private static double maxSide(List<Screen> screens, boolean width) {
        return screens.stream().mapToDouble(s -> width ? s.getVisualBounds().getWidth() : s.getVisualBounds().getHeight())
                .max().orElse(Double.MAX_VALUE);
    }
}
