package org.llmcostplanner.ui.look;

import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * View → Theme (Light / Dark / Follow the system) and Help → Show introduction, added to the
 * window's menu bar in code so the shared MainWindow.fxml stays as it is.
 */
final class LookMenus {

    static final String VIEW_MENU_ID = "viewMenu";
    static final String SHOW_INTRO_ID = "showIntroductionMenuItem";

    private LookMenus() {
    }

    static void install(MenuBar bar, Themes themes, Introduction intro) {
        Menu view = new Menu("_View");
        view.setId(VIEW_MENU_ID);
        view.getItems().add(themeMenu(themes));
        Optional<Menu> help = bar.getMenus().stream().filter(m -> "_Help".equals(m.getText())).findFirst();
        int at = help.map(bar.getMenus()::indexOf).orElse(bar.getMenus().size());
        bar.getMenus().add(at, view);

        if (intro != null) {
            MenuItem showIntro = new MenuItem("Show _introduction");
            showIntro.setId(SHOW_INTRO_ID);
            showIntro.setOnAction(e -> intro.show());
            help.ifPresentOrElse(h -> h.getItems().add(0, showIntro), () -> view.getItems().add(showIntro));
        }
    }

    private static Menu themeMenu(Themes themes) {
        Menu theme = new Menu("_Theme");
        theme.setId("themeMenu");
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice c : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(c.menuText());
            item.setId(c.name().toLowerCase() + "ThemeMenuItem");
            item.setToggleGroup(group);
            item.setSelected(themes.choiceProperty().get() == c);
            item.setOnAction(e -> themes.choose(c));
            themes.choiceProperty().addListener((obs, old, now) -> item.setSelected(now == c));
            theme.getItems().add(item);
        }
        // Say what "follow the system" found, so a light window on a dark desktop is explained.
        RadioMenuItem system = (RadioMenuItem) theme.getItems().get(ThemeChoice.SYSTEM.ordinal());
        themes.systemPrefersDarkProperty().addListener((obs, old, now) -> system.setText(
                ThemeChoice.SYSTEM.menuText() + now.map(dark -> dark ? " (dark)" : " (light)").orElse(" (not detected: light)")));
        return theme;
    }
}
