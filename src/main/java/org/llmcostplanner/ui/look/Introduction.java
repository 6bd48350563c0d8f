package org.llmcostplanner.ui.look;

import java.util.prefs.Preferences;

/**
 * When the introduction banner shows: on every start until the user says "Don't show again"
 * (so on the very first start), and whenever Help → Show introduction asks for it.
 */
public final class Introduction {

    static final String DISMISSED_KEY = "introDismissed";

    private final IntroBanner banner;
    private final Preferences prefs;

    Introduction(IntroBanner banner, Preferences prefs) {
        this.banner = banner;
        this.prefs = prefs;
        banner.closeButton().setOnAction(e -> banner.setVisible(false));
        banner.dontShowAgainButton().setOnAction(e -> dismissForGood());
        banner.setVisible(!prefs.getBoolean(DISMISSED_KEY, false));
    }

    public void show() {
        banner.setVisible(true);
    }

    public boolean isShowing() {
        return banner.isVisible();
    }

    void dismissForGood() {
        banner.setVisible(false);
        prefs.putBoolean(DISMISSED_KEY, true);
    }
}
