package org.llmcostplanner.cli;

import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.ScenarioDocument;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.io.ScenarioFormatException;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * The scenario a command works on: a file (the first positional argument) or a built-in preset
 * ({@code --preset NAME}), with {@code --volume N} overriding requestsPerDay. Shared by every
 * command that reads a scenario, so they all accept the same arguments.
 */
public final class ScenarioArgs {

    public static final String PRESET = "--preset";
    public static final String VOLUME = "--volume";

    private ScenarioArgs() {
    }

    /**
     * @param extraPositionals how many positional arguments the command takes after FILE.json
     *                         (with --preset they come first)
     * @return the scenario; the remaining positionals are {@link #rest}
     */
    public static Scenario scenario(String command, ParsedArgs args, int extraPositionals)
            throws CliException, ScenarioFormatException {
        return document(command, args, extraPositionals).scenario();
    }

    /**
     * The whole scenario file or preset (v2 sections included), with --volume applied to its scenario.
     *
     * @param extraPositionals as for {@link #scenario}
     */
    public static ScenarioDocument document(String command, ParsedArgs args, int extraPositionals)
            throws CliException, ScenarioFormatException {
        List<String> positionals = args.positionals();
        String preset = args.option(PRESET);
        int expected = extraPositionals + (preset == null ? 1 : 0);
        if (positionals.size() < expected) {
            throw new CliException(command + ": missing " + (preset == null && positionals.isEmpty()
                    ? "FILE.json (or " + PRESET + " NAME)" : "argument") + "; run --help for usage");
        }
        if (positionals.size() > expected) {
            throw new CliException(command + ": unexpected argument \"" + positionals.get(expected)
                    + "\"" + (preset != null ? " (give either FILE.json or " + PRESET + ", not both)" : ""));
        }
        ScenarioDocument document = preset != null ? preset(command, preset)
                : ScenarioFile.loadDocument(Path.of(positionals.get(0)));
        String volume = args.option(VOLUME);
        if (volume != null) {
            double v = Numbers.parse(VOLUME, volume, InputField.REQUESTS_PER_DAY);
            document = document.withScenario(document.scenario().with(InputField.REQUESTS_PER_DAY, v));
        }
        return document;
    }

    /** The positional arguments after the scenario's FILE.json (all of them with --preset). */
    public static List<String> rest(ParsedArgs args) {
        List<String> positionals = args.positionals();
        return args.has(PRESET) ? positionals : positionals.subList(Math.min(1, positionals.size()), positionals.size());
    }

    private static ScenarioDocument preset(String command, String name) throws CliException {
        if (!Presets.names().contains(name)) {
            throw new CliException(command + ": " + PRESET + ": unknown preset \"" + name + "\"; available: "
                    + String.join(", ", Presets.names()));
        }
        return Presets.loadDocument(name);
    }
}
