package org.llmcostplanner.ui.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.chart.ChartTheme;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerWindow;
import org.llmcostplanner.ui.chart.LiveChartView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The look across starts, headless: each test has its own settings node (a fresh "first start"),
 * opens a window, closes it (which saves), and opens the next on the same settings.
 */
class WindowLookTest extends FxRobot {

    private String previousNode;
    private String node;
    private PlannerWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void lightAgain() {
        // The theme is JVM-wide (the user-agent stylesheet): leave the other UI tests in light.
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    @BeforeEach
    void freshSettings() {
        previousNode = System.getProperty(AppPreferences.NODE_PROPERTY);
        node = "/llmcostplanner-test/" + UUID.randomUUID();
        System.setProperty(AppPreferences.NODE_PROPERTY, node);
    }

    @AfterEach
    void restore() throws Exception {
        if (window != null) {
            interact(() -> window.stage().close());
        }
        if (previousNode == null) {
            System.clearProperty(AppPreferences.NODE_PROPERTY);
        } else {
            System.setProperty(AppPreferences.NODE_PROPERTY, previousNode);
        }
        Preferences.userRoot().node(node).removeNode();
    }

    @Test
    void firstStartShowsTheIntroductionAndDontShowAgainKeepsItHidden() {
        open();
        assertTrue(lookup("#introBanner").query().isVisible(), "shown on the very first start");
        clickOn("#introDontShowAgainButton");
        assertFalse(lookup("#introBanner").query().isVisible());

        reopen();
        assertFalse(lookup("#introBanner").query().isVisible(), "stays hidden on the next start");
        interact(() -> helpItem("showIntroductionMenuItem").fire());
        assertTrue(lookup("#introBanner").query().isVisible(), "Help → Show introduction brings it back");
    }

    @Test
    void closingTheIntroductionHidesItForNowOnly() {
        open();
        clickOn("#introCloseButton");
        assertFalse(lookup("#introBanner").query().isVisible());
        reopen();
        assertTrue(lookup("#introBanner").query().isVisible(), "× is not \"Don't show again\"");
    }

    @Test
    void windowHasEveryIconSizeThatExists() throws Exception {
        open();
        long present = Arrays.stream(WindowIcons.SIZES)
                .filter(n -> WindowIcons.class.getResource(WindowIcons.FOLDER + "icon-" + n + ".png") != null).count();
        assertEquals(WindowIcons.SIZES.length, present, "packaging generates every size into the resources");
        // Decoded off the FX thread and added just after the window shows.
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.stage().getIcons().size() == present);
        assertEquals(present, window.stage().getIcons().size());
    }

    @Test
    void sizePositionMaximizedAndAdvancedPaneComeBack() {
        open();
        interact(() -> {
            Stage s = window.stage();
            s.setX(30);
            s.setY(40);
            s.setWidth(1150);
            s.setHeight(760);
            advancedPane().setExpanded(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        reopen();
        Stage s = window.stage();
        assertEquals(30, s.getX());
        assertEquals(40, s.getY());
        assertEquals(1150, s.getWidth());
        assertEquals(760, s.getHeight());
        assertTrue(advancedPane().isExpanded());
        assertFalse(s.isMaximized());

        interact(() -> advancedPane().setExpanded(false));
        interact(() -> s.setMaximized(true));
        reopen();
        assertTrue(window.stage().isMaximized());
        assertFalse(advancedPane().isExpanded());
        assertEquals(1150, window.look().windowState().width(), "the normal size is kept while maximized");
    }

    @Test
    void aPositionOffEveryScreenIsNotRestored() {
        Preferences saved = Preferences.userRoot().node(node).node("window");
        new WindowState(9000, 9000, 1200, 760, false, false).save(saved);
        open();
        Stage s = window.stage();
        assertEquals(1200, s.getWidth());
        assertTrue(s.getX() < 9000 && s.getY() < 9000, "placed on the screen: " + s.getX() + ", " + s.getY());
    }

    @Test
    void featuresShareOneViewMenu() {
        open();
        long views = menuBar().getMenus().stream().filter(m -> LookMenus.VIEW_MENU_ID.equals(m.getId())).count();
        assertEquals(1, views, "one View menu, shared by the theme and the baseline pin");
    }

    @Test
    void darkThemeIsAppliedToWindowAndChartsAndRemembered() throws Exception {
        open();
        assertEquals(ThemeChoice.SYSTEM, window.look().themes().choiceProperty().get(), "default: follow the system");
        interact(() -> themeItem("darkThemeMenuItem").fire());
        awaitChartTheme(ChartTheme.DARK);
        assertTrue(window.stage().getScene().getRoot().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("dark")));

        reopen();
        assertEquals(ThemeChoice.DARK, window.look().themes().choiceProperty().get());
        awaitChartTheme(ChartTheme.DARK);

        interact(() -> themeItem("lightThemeMenuItem").fire());
        awaitChartTheme(ChartTheme.LIGHT);
        assertFalse(window.look().themes().darkProperty().get());
    }

    @Test
    void followingTheSystemUsesWhatTheDesktopSays() throws Exception {
        Preferences prefs = Preferences.userRoot().node(node).node("look");
        Themes[] themes = new Themes[1];
        interact(() -> themes[0] = new Themes(new StackPane(), List.of(), prefs, () -> Optional.of(true)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> themes[0].darkProperty().get());
        assertEquals(Optional.of(true), themes[0].systemPrefersDarkProperty().get());
        assertEquals(ThemeChoice.SYSTEM.name(), prefs.get(Themes.KEY, null));
        interact(() -> themes[0].choose(ThemeChoice.LIGHT));
        assertFalse(themes[0].darkProperty().get());
        assertEquals(ThemeChoice.LIGHT.name(), prefs.get(Themes.KEY, null));
    }

    private void open() {
        interact(() -> {
            try {
                window = PlannerWindow.show(new Stage(), PlannerServices.desktop());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void reopen() {
        interact(() -> window.stage().close());
        window = null;
        open();
    }

    private TitledPane advancedPane() {
        return from(window.stage().getScene().getRoot()).lookup("#advancedPane").queryAs(TitledPane.class);
    }

    private MenuBar menuBar() {
        return from(window.stage().getScene().getRoot()).lookup("#menuBar").queryAs(MenuBar.class);
    }

    private MenuItem helpItem(String id) {
        return menuBar().getMenus().stream().filter(m -> "_Help".equals(m.getText())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private MenuItem themeItem(String id) {
        Menu view = menuBar().getMenus().stream().filter(m -> LookMenus.VIEW_MENU_ID.equals(m.getId()))
                .findFirst().orElseThrow();
        Menu theme = (Menu) view.getItems().stream().filter(i -> "themeMenu".equals(i.getId())).findFirst()
                .orElseThrow();
        return theme.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void awaitChartTheme(ChartTheme theme) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> from(window.stage().getScene().getRoot())
                .lookup(".live-chart-view").queryAllAs(LiveChartView.class).stream()
                .allMatch(v -> v.drawnTheme().equals(theme) && v.redrawCount() > 0));
    }
}
