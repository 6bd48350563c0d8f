package org.llmcostplanner.ui.look;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The app's remembered settings (theme, window state, first run; other features add their own
 * child node, e.g. recent files), kept with {@link java.util.prefs}. The root node can be moved
 * with the system property {@value #NODE_PROPERTY} so tests never touch a user's settings.
 */
public final class AppPreferences {

    /** System property naming the root node's absolute path under the user root. */
    public static final String NODE_PROPERTY = "llmcostplanner.prefsNode";
    public static final String DEFAULT_NODE = "/org/llmcostplanner";

    private final Preferences root;

    public AppPreferences(Preferences root) {
        this.root = root;
    }

    /** The settings at {@value #NODE_PROPERTY}, or at {@value #DEFAULT_NODE} when it is not set. */
    public static AppPreferences open() {
        String path = System.getProperty(NODE_PROPERTY, DEFAULT_NODE);
        return new AppPreferences(Preferences.userRoot().node(path.startsWith("/") ? path : "/" + path));
    }

    /** One feature's settings, e.g. {@code node("window")}. */
    public Preferences node(String name) {
        return root.node(name);
    }

    /**
     * Writes the settings through now. A failing store (read-only home) must not stop the app:
     * the settings are then only lost, never the user's work.
     */
    public void flush() {
        try {
            root.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            System.getLogger(AppPreferences.class.getName()).log(System.Logger.Level.WARNING,
                    "settings not saved: " + e.getMessage());
        }
    }
}
