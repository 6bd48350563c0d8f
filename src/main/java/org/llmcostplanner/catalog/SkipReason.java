package org.llmcostplanner.catalog;

/** Why a row of a LiteLLM price file was not imported. */
public enum SkipReason {
    SAMPLE_SPEC("the sample_spec row documents the fields"),
    NOT_AN_OBJECT("the row is not a JSON object"),
    NOT_CHAT("mode is missing or not \"chat\""),
    MISSING_PRICE("input or output price is missing"),
    NON_NUMERIC_PRICE("a price is not a number"),
    NEGATIVE_PRICE("a price is negative"),
    INVALID_VALUE("another value is out of range"),
    DUPLICATE_NAME("a later row has the same name");

    private final String description;

    SkipReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
