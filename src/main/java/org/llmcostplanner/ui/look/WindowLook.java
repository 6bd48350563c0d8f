package org.llmcostplanner.ui.look;

import org.llmcostplanner.ui.NodeFinder;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.llmcostplanner.ui.chart.LiveChartView;

/**
 * Everything about how the window looks and comes back: icon, light/dark theme (charts included),
 * remembered size/position/Advanced pane, and the first-run introduction. Installed once on a
 * stage whose scene is set and which is not shown yet.
 */
public final class WindowLook {

    private final AppPreferences prefs;
    private final Themes themes;
    private final Introduction introduction;
    private final WindowStateKeeper state;

    private WindowLook(AppPreferences prefs, Themes themes, Introduction introduction, WindowStateKeeper state) {
        this.prefs = prefs;
        this.themes = themes;
        this.introduction = introduction;
        this.state = state;
    }

    /** With the user's settings and the desktop's dark-mode setting. */
    /**
     * Call before the window's controls are created (before its FXML is loaded): puts the chosen
     * theme's stylesheet in place so JavaFX does not load its default one first (see
     * {@link Themes#installStylesheetFor}).
     */
    public static void prepare() {
        prepare(AppPreferences.open());
    }

    static void prepare(AppPreferences prefs) {
        Themes.installStylesheetFor(prefs.node("look"));
    }

    public static WindowLook install(Stage stage, List<LiveChartView> charts) {
        return install(stage, charts, AppPreferences.open(), SystemTheme.DESKTOP);
    }

    public static WindowLook install(Stage stage, List<LiveChartView> charts, AppPreferences prefs,
                                     SystemTheme system) {
        Parent root = stage.getScene().getRoot();
        WindowIcons.install(stage);
        Themes themes = new Themes(root, charts, prefs.node("look"), system);
        Introduction intro = NodeFinder.find(root, "introBanner", IntroBanner.class)
                .map(b -> new Introduction(b, prefs.node("firstRun"))).orElse(null);
        WindowStateKeeper state = new WindowStateKeeper(stage,
                NodeFinder.find(root, "advancedPane", TitledPane.class).orElse(null), prefs.node("window"));
        state.restore();
        NodeFinder.find(root, "menuBar", MenuBar.class).ifPresent(bar -> LookMenus.install(bar, themes, intro));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> prefs.flush());
        return new WindowLook(prefs, themes, intro, state);
    }

    /** Saves the window state and writes the settings through (the app calls this on quitting). */
    public void save() {
        state.save();
        prefs.flush();
    }

    public Themes themes() {
        return themes;
    }

    /** The first-run introduction, or null when the window has no banner. */
    public Introduction introduction() {
        return introduction;
    }

    /** What would be saved now. */
    public WindowState windowState() {
        return state.current();
    }
}
