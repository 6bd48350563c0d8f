package org.llmcostplanner.ui.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Plain JUnit: what is saved, read back, and when a saved position may be used. */
class WindowStateTest {

    private static final List<Rectangle2D> ONE_SCREEN = List.of(new Rectangle2D(0, 0, 1920, 1080));
    private static final List<Rectangle2D> TWO_SCREENS = List.of(new Rectangle2D(0, 0, 1920, 1080),
            new Rectangle2D(1920, 0, 1280, 1024));

    private final Preferences node = Preferences.userRoot().node("/llmcostplanner-test/" + UUID.randomUUID());

    @Test
    void savedStateReadsBackTheSame() {
        WindowState state = new WindowState(40, 50, 1300, 850, true, true);
        state.save(node);
        assertEquals(Optional.of(state), WindowState.load(node));
    }

    @Test
    void nothingSavedOrANonsenseSizeRestoresNothing() {
        assertEquals(Optional.empty(), WindowState.load(node));
        node.putDouble("width", -3);
        node.putDouble("height", 800);
        assertEquals(Optional.empty(), WindowState.load(node));
    }

    @Test
    void positionOnAScreenIsUsed() {
        assertTrue(new WindowState(100, 100, 1280, 800, false, false).positionVisibleOn(ONE_SCREEN));
        assertTrue(new WindowState(2000, 40, 1200, 800, false, false).positionVisibleOn(TWO_SCREENS));
    }

    @Test
    void positionOnAMonitorThatIsGoneIsNot() {
        WindowState onSecond = new WindowState(2000, 40, 1200, 800, false, false);
        assertFalse(onSecond.positionVisibleOn(ONE_SCREEN));
    }

    @Test
    void aTitleBarAboveTheScreenOrBarelyOnItIsNotReachable() {
        assertFalse(new WindowState(100, -500, 1280, 800, false, false).positionVisibleOn(ONE_SCREEN),
                "title bar above the top edge");
        assertFalse(new WindowState(1880, 100, 1280, 800, false, false).positionVisibleOn(ONE_SCREEN),
                "only 40 px of the title bar on the screen");
        assertTrue(new WindowState(1800, 100, 1280, 800, false, false).positionVisibleOn(ONE_SCREEN),
                "120 px of it is enough to grab");
        assertFalse(new WindowState(Double.NaN, 100, 1280, 800, false, false).positionVisibleOn(ONE_SCREEN));
    }

    @Test
    void storedThemeNamesReadBackAndUnknownOnesFollowTheSystem() {
        assertEquals(ThemeChoice.DARK, ThemeChoice.parse("DARK"));
        assertEquals(ThemeChoice.SYSTEM, ThemeChoice.parse("purple"));
        assertEquals(ThemeChoice.SYSTEM, ThemeChoice.parse(null));
        assertTrue(ThemeChoice.SYSTEM.isDark(Optional.of(true)));
        assertFalse(ThemeChoice.SYSTEM.isDark(Optional.empty()), "not detected: light");
        assertFalse(ThemeChoice.LIGHT.isDark(Optional.of(true)));
    }
}
