package org.llmcostplanner.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import org.llmcostplanner.analysis.GoalSeek;
import org.llmcostplanner.analysis.GoalSeekResult;
import org.llmcostplanner.analysis.GoalTarget;
import org.llmcostplanner.io.ScenarioFormatException;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code solve}: goal seek on one input ({@link GoalSeek}): the value of INPUT at which the monthly
 * savings reach X (at the scenario's volume or --volume), the with-ops break-even reaches N
 * req/day, or the payback reaches M months. Prints {@code {"input": NAME, "value": V}}, V null
 * when no value in the input's valid range meets the target.
 */
final class SolveCommand implements Command {

    static final String FOR = "--for";
    static final String SAVINGS = "--savings";
    static final String BREAKEVEN = "--breakeven";
    static final String PAYBACK = "--payback";
    private static final List<String> TARGETS = List.of(SAVINGS, BREAKEVEN, PAYBACK);

    @Override
    public String name() {
        return "solve";
    }

    @Override
    public List<String> usage() {
        return List.of("solve FILE.json --for INPUT --savings X [--volume N]",
                "solve FILE.json --for INPUT --breakeven N | --payback M [--volume N]",
                "solve --preset seed-article --for INPUT ...");
    }

    @Override
    public String summary() {
        return "goal seek: the INPUT value giving savings X $/month, break-even N req/day or payback M months";
    }

    @Override
    public void run(List<String> args, PrintStream out) throws CliException, ScenarioFormatException, IOException {
        ParsedArgs parsed = ParsedArgs.parse(name(), args,
                Set.of(ScenarioArgs.PRESET, ScenarioArgs.VOLUME, FOR, SAVINGS, BREAKEVEN, PAYBACK));
        InputField input = input(parsed.option(FOR));
        GoalTarget target = target(parsed);
        Scenario scenario = ScenarioArgs.scenario(name(), parsed, 0);
        GoalSeekResult result = GoalSeek.solve(scenario, input, target);
        out.print(CliJson.write(gen -> {
            gen.writeStartObject();
            gen.writeStringField("input", input.jsonName());
            gen.writeFieldName("value");
            if (result.found()) {
                gen.writeNumber(result.value().getAsDouble());
            } else {
                gen.writeNull();
            }
            gen.writeEndObject();
        }));
    }

    private InputField input(String name) throws CliException {
        List<String> names = new ArrayList<>();
        for (InputField f : InputField.values()) {
            names.add(f.jsonName());
        }
        if (name == null) {
            throw new CliException(name() + ": missing " + FOR + " INPUT; allowed: " + String.join(", ", names));
        }
        InputField field = InputField.byJsonName(name);
        if (field == null) {
            for (InputField f : InputField.values()) {
                if (f.jsonName().equalsIgnoreCase(name) || f.path().equals(name)) {
                    throw new CliException(name() + ": " + FOR + ": unknown input \"" + name + "\"; did you mean \""
                            + f.jsonName() + "\"?");
                }
            }
            throw new CliException(name() + ": " + FOR + ": unknown input \"" + name + "\"; allowed: "
                    + String.join(", ", names));
        }
        return field;
    }

    /** Exactly one of --savings, --breakeven, --payback. */
    private GoalTarget target(ParsedArgs parsed) throws CliException {
        List<String> given = TARGETS.stream().filter(parsed::has).toList();
        if (given.size() != 1) {
            throw new CliException(name() + ": give exactly one target: " + String.join(", ", TARGETS)
                    + (given.isEmpty() ? "" : " (got " + String.join(" and ", given) + ")"));
        }
        String volumeText = parsed.option(ScenarioArgs.VOLUME);
        Double volume = volumeText == null ? null
                : Numbers.parse(ScenarioArgs.VOLUME, volumeText, InputField.REQUESTS_PER_DAY);
        String option = given.get(0);
        String text = parsed.option(option);
        switch (option) {
            case SAVINGS:
                return new GoalTarget.Savings(Numbers.parse(SAVINGS, text), volume);
            case BREAKEVEN:
                return new GoalTarget.BreakEvenWithOps(Numbers.parse(BREAKEVEN, text, InputField.REQUESTS_PER_DAY));
            default:
                double months = Numbers.parse(PAYBACK, text);
                if (months < 0) {
                    throw new CliException(PAYBACK + ": " + text + " is out of range; allowed ≥ 0 months");
                }
                return new GoalTarget.Payback(months, volume);
        }
    }
}
