package org.llmcostplanner.model;

/** How a self-hosted GPU is paid for. */
public enum Billing {
    /** An always-on instance at a monthly price; more instances when throughput demands. */
    FLAT("flat"),
    /** Pay per billed hour: busy hours (divided by utilization), never below the daily floor. */
    HOURLY("hourly");

    private final String jsonName;

    Billing(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in scenario files and reports ("flat", "hourly"). */
    public String jsonName() {
        return jsonName;
    }

    /** Parses a file's billing name; null when it names no billing. */
    public static Billing fromJsonName(String name) {
        for (Billing b : values()) {
            if (b.jsonName.equals(name)) {
                return b;
            }
        }
        return null;
    }
}
