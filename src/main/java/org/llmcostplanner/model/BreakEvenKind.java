package org.llmcostplanner.model;

/** Which plan a break-even compares with staying on the API. */
public enum BreakEvenKind {
    /** GPU compute only: no ops, no migration. */
    RAW,
    /** GPU compute plus ops time (and amortized migration when A &gt; 0). */
    WITH_OPS
}
