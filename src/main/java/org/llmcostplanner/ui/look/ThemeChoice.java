package org.llmcostplanner.ui.look;

import java.util.Optional;

/** What the user picked in View → Theme. */
public enum ThemeChoice {
    LIGHT("_Light"),
    DARK("_Dark"),
    SYSTEM("Follow the _system");

    private final String menuText;

    ThemeChoice(String menuText) {
        this.menuText = menuText;
    }

    public String menuText() {
        return menuText;
    }

    /** Dark or not, given what the system prefers (empty: not known, which means light). */
    public boolean isDark(Optional<Boolean> systemPrefersDark) {
        return switch (this) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> systemPrefersDark.orElse(false);
        };
    }

    /** The stored name read back; anything unknown falls back to following the system. */
    public static ThemeChoice parse(String stored) {
        for (ThemeChoice c : values()) {
            if (c.name().equals(stored)) {
                return c;
            }
        }
        return SYSTEM;
    }
}
