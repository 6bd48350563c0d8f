package org.llmcostplanner.io;

/**
 * A scenario file (or preset) that cannot be used, with a one-line message naming the source,
 * the JSON path when there is one, and what is wrong, e.g.
 * {@code plan.json: api.outputPricePerMTok: -1 is out of range; allowed ≥ 0}.
 */
public final class ScenarioFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final String problem;

    /**
     * @param source  the file or preset the problem is in
     * @param path    the JSON path of the offending field, e.g. "api.outputPricePerMTok", or null
     *                when the problem is the file as a whole
     * @param problem what is wrong and what is allowed
     */
    public ScenarioFormatException(String source, String path, String problem) {
        super(compose(source, path, problem));
        this.source = source;
        this.path = path;
        this.problem = problem;
    }

    private static String compose(String source, String path, String problem) {
        String text = source + ": " + (path == null ? "" : path + ": ") + problem;
        return OneLine.of(text);
    }

    public String source() {
        return source;
    }

    /** The JSON path of the offending field, or null when the problem is the file as a whole. */
    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
