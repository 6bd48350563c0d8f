package org.llmcostplanner.chart;

/** The three planner charts; one factory draws each for the window, PNG and SVG export alike. */
public enum ChartKind {
    /** Monthly cost vs requests/day on a log axis, with break-even and current-volume markers. */
    COST("Monthly cost vs volume"),
    /** Cost breakdown at the current volume: API-only vs the self-hosted plan, stacked. */
    BREAKDOWN("Cost breakdown"),
    /** Cumulative cost over 24 months: stay on the API vs migrate, payback month marked. */
    CUMULATIVE("Cumulative cost");

    private final String label;

    ChartKind(String label) {
        this.label = label;
    }

    /** A short human name, e.g. for an export dialog. */
    public String label() {
        return label;
    }
}
