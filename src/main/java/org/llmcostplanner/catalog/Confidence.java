package org.llmcostplanner.catalog;

import java.util.Locale;

/**
 * How far a catalog price can be trusted. "solid" = the provider's own page or a well-kept
 * machine-readable source; "uncertain" = a third-party page, or sources disagree.
 */
public enum Confidence {
    SOLID, UNCERTAIN;

    /** The name used in JSON files and output: "solid" or "uncertain". */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "solid" or "uncertain" (any case); null when the text is neither. */
    public static Confidence fromJsonName(String text) {
        for (Confidence c : values()) {
            if (c.jsonName().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return c;
            }
        }
        return null;
    }
}
