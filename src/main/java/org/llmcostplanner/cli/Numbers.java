package org.llmcostplanner.cli;

import org.llmcostplanner.model.InputField;

import java.util.regex.Pattern;

/** Parses numbers given on the command line, as strictly as the scenario file does. */
public final class Numbers {

    /** A JSON-style decimal: no hex, no "NaN", no "Infinity", no trailing 'd' as Double.parseDouble allows. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private Numbers() {
    }

    /** A finite number, or CliException naming the option. */
    public static double parse(String option, String text) throws CliException {
        if (text == null || text.length() > 100 || !DECIMAL.matcher(text).matches()) {
            throw new CliException(option + ": \"" + text + "\" is not a number");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new CliException(option + ": " + text + " is too large (beyond ±1.8e308)");
        }
        return value;
    }

    /** A number within the input's valid range, or CliException naming the option and the range. */
    public static double parse(String option, String text, InputField field) throws CliException {
        if (text != null && !DECIMAL.matcher(text).matches()) {
            throw new CliException(option + ": \"" + text + "\" is not a number; allowed " + field.rangeText());
        }
        double value = parse(option, text);
        String problem = field.check(value);
        if (problem != null) {
            throw new CliException(option + ": " + problem);
        }
        return value;
    }
}
