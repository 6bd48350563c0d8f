package org.llmcostplanner.ui.look;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import java.util.prefs.Preferences;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The app sets the remembered theme's stylesheet before it builds the window (so the window's
 * first CSS pass is already the theme's, not JavaFX's default Modena followed by a restyle).
 */
class ThemePreloadTest extends FxRobot {

    private Preferences node;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void freshSettings() {
        node = Preferences.userRoot().node("/llmcostplanner-test/" + UUID.randomUUID());
    }

    @AfterEach
    void lightAgain() throws Exception {
        // The stylesheet is JVM-wide: leave the other UI tests in light.
        interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        node.removeNode();
    }

    @Test
    void rememberedDarkIsTheStylesheetBeforeAnyWindowExists() {
        node.node("look").put(Themes.KEY, ThemeChoice.DARK.name());
        interact(() -> Themes.preload(new AppPreferences(node)));
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
    }

    @Test
    void followingTheSystemStartsLightUntilTheDesktopAnswers() {
        interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        interact(() -> Themes.preload(new AppPreferences(node))); // nothing remembered: SYSTEM
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
    }
}
