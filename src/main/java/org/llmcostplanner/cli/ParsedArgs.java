package org.llmcostplanner.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments split into positionals and {@code --name value} / {@code --name=value}
 * options. Unknown, repeated or value-less options are errors, so a typo never passes silently.
 */
public final class ParsedArgs {

    private final List<String> positionals;
    private final Map<String, String> options;

    private ParsedArgs(List<String> positionals, Map<String, String> options) {
        this.positionals = positionals;
        this.options = options;
    }

    /**
     * @param valueOptions the options this command takes, each with a value, e.g. "--volume"
     */
    public static ParsedArgs parse(String command, List<String> args, Set<String> valueOptions) throws CliException {
        List<String> positionals = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positionals.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq >= 0 ? arg.substring(0, eq) : arg;
            if (!valueOptions.contains(name)) {
                throw new CliException(command + ": unknown option " + name
                        + (valueOptions.isEmpty() ? "" : "; allowed: " + String.join(", ", new java.util.TreeSet<>(valueOptions))));
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new CliException(command + ": " + name + " needs a value");
            }
            if (options.put(name, value) != null) {
                throw new CliException(command + ": " + name + " is given more than once");
            }
        }
        return new ParsedArgs(Collections.unmodifiableList(positionals), Collections.unmodifiableMap(options));
    }

    public List<String> positionals() {
        return positionals;
    }

    /** The option's value, or null when it was not given. */
    public String option(String name) {
        return options.get(name);
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }
}
