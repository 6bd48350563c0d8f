package org.llmcostplanner.ui.look;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.ui.FxThread;
import org.llmcostplanner.ui.workflow.MemoryPreferences;

/**
 * The window puts the chosen theme's stylesheet in place before it creates any control
 * ({@link WindowLook#prepare}), so JavaFX never loads its default stylesheet for nothing.
 */
class ThemeStylesheetFirstTest {

    private String before;

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        FxThread.startToolkit();
    }

    @AfterEach
    void restore() throws Exception {
        FxThread.onFx(() -> {
            Application.setUserAgentStylesheet(before);
            return null;
        });
    }

    private String preparedWith(String choice) throws Exception {
        AppPreferences prefs = new AppPreferences(new MemoryPreferences());
        if (choice != null) {
            prefs.node("look").put(Themes.KEY, choice);
        }
        return FxThread.onFx(() -> {
            before = Application.getUserAgentStylesheet();
            Application.setUserAgentStylesheet(null);
            WindowLook.prepare(prefs);
            return Application.getUserAgentStylesheet();
        });
    }

    @Test
    void aRememberedDarkChoiceInstallsTheDarkStylesheet() throws Exception {
        assertEquals(new PrimerDark().getUserAgentStylesheet(), preparedWith(ThemeChoice.DARK.name()));
    }

    @Test
    void aFirstStartOrFollowingTheSystemStartsLight() throws Exception {
        // The system's answer comes later, off the FX thread; the window switches then if need be.
        assertEquals(new PrimerLight().getUserAgentStylesheet(), preparedWith(null));
        assertEquals(new PrimerLight().getUserAgentStylesheet(), preparedWith(ThemeChoice.SYSTEM.name()));
        assertEquals(new PrimerLight().getUserAgentStylesheet(), preparedWith(ThemeChoice.LIGHT.name()));
    }
}
