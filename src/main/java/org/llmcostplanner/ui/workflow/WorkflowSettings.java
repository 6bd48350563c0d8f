package org.llmcostplanner.ui.workflow;

import java.nio.file.Path;
import java.time.Duration;
import java.util.prefs.Preferences;
import org.llmcostplanner.catalog.DataDirectory;

/**
 * Where the workflow features keep their state, and how soon autosave writes.
 *
 * @param preferences   the node the recent files live under
 * @param dataDirectory the user's data directory; recovery files go in its {@code recovery} folder
 * @param autosaveDelay quiet time after the last change before unsaved work is written; zero = off
 */
public record WorkflowSettings(Preferences preferences, Path dataDirectory, Duration autosaveDelay) {

    /** "memory": keep preferences in memory (tests, child processes of tests); else the user's. */
    public static final String PREFERENCES_PROPERTY = "llmcostplanner.prefs";
    /** Milliseconds of quiet before autosave; 0 turns autosave off. */
    public static final String AUTOSAVE_PROPERTY = "llmcostplanner.autosaveDelayMs";
    public static final Duration DEFAULT_AUTOSAVE_DELAY = Duration.ofSeconds(3);

    private static final Preferences MEMORY = new MemoryPreferences();

    /** The settings of this JVM: system properties, else the user's preferences and data directory. */
    public static WorkflowSettings fromSystem() {
        Preferences prefs = "memory".equals(System.getProperty(PREFERENCES_PROPERTY))
                ? MEMORY
                : Preferences.userRoot().node("org/llmcostplanner");
        return new WorkflowSettings(prefs, DataDirectory.resolve(), autosaveDelay(System.getProperty(AUTOSAVE_PROPERTY)));
    }

    public boolean autosaveEnabled() {
        return !autosaveDelay.isZero() && !autosaveDelay.isNegative();
    }

    static Duration autosaveDelay(String millis) {
        if (millis == null || millis.isBlank()) {
            return DEFAULT_AUTOSAVE_DELAY;
        }
        try {
            return Duration.ofMillis(Math.max(0, Long.parseLong(millis.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_AUTOSAVE_DELAY;
        }
    }
}
