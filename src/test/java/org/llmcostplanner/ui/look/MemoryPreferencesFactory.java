package org.llmcostplanner.ui.look;

import java.util.prefs.Preferences;
import java.util.prefs.PreferencesFactory;
import org.llmcostplanner.ui.workflow.MemoryPreferences;

/**
 * Preferences that live in memory only, for the test JVM (surefire sets
 * {@code java.util.prefs.PreferencesFactory} to this): no test reads or writes a user's settings,
 * and every run starts as a very first start. The nodes are the app's own {@link MemoryPreferences}.
 */
public final class MemoryPreferencesFactory implements PreferencesFactory {

    private static final Preferences USER = new MemoryPreferences();
    private static final Preferences SYSTEM = new MemoryPreferences();

    @Override
    public Preferences systemRoot() {
        return SYSTEM;
    }

    @Override
    public Preferences userRoot() {
        return USER;
    }
}
