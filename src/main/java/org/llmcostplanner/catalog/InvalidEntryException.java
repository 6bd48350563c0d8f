package org.llmcostplanner.catalog;

/** A catalog entry value that is not allowed; names the field so messages can point at it. */
public final class InvalidEntryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    public InvalidEntryException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The JSON name of the offending field, e.g. "inputPricePerMTok". */
    public String field() {
        return field;
    }

    /** What is wrong, without the field name. */
    public String problem() {
        return problem;
    }
}
