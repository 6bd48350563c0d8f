package org.llmcostplanner.cli;

import org.llmcostplanner.analysis.Sensitivity;
import org.llmcostplanner.analysis.Tornado;
import org.llmcostplanner.analysis.TornadoBar;
import org.llmcostplanner.io.ScenarioFormatException;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code sensitivity}: the tornado of the with-ops break-even ({@link Sensitivity}): each numeric
 * input moved by −P % and +P %, as a JSON array sorted by swing, largest first, of
 * {@code {"input": NAME, "low": BE, "high": BE}} (null = never). Inputs at 0 are left out:
 * ±P % of 0 does not move them.
 */
final class SensitivityCommand implements Command {

    static final String PERCENT = "--percent";
    /** Beyond this every move is clamped to the input's range anyway; larger P is likely a typo. */
    static final double MAX_PERCENT = 1000;

    @Override
    public String name() {
        return "sensitivity";
    }

    @Override
    public List<String> usage() {
        return List.of("sensitivity FILE.json [--percent P]", "sensitivity --preset seed-article [--percent P]");
    }

    @Override
    public String summary() {
        return "with-ops break-even at -P % and +P % of each input (default 20), largest swing first";
    }

    @Override
    public void run(List<String> args, PrintStream out) throws CliException, ScenarioFormatException, IOException {
        ParsedArgs parsed = ParsedArgs.parse(name(), args, Set.of(ScenarioArgs.PRESET, PERCENT));
        double percent = percent(parsed.option(PERCENT));
        Tornado tornado = Sensitivity.tornado(ScenarioArgs.scenario(name(), parsed, 0), percent);
        for (TornadoBar bar : tornado.bars()) {
            if (!finiteOrNull(bar.breakEvenLow()) || !finiteOrNull(bar.breakEvenHigh())) {
                // Inputs near ±1.8e308 can overflow; never print NaN or Infinity (not JSON numbers).
                throw new CliException(name() + ": the break-even with " + bar.input().jsonName()
                        + " moved is too large to compute (beyond ±1.8e308); the scenario's numbers are too large");
            }
        }
        out.print(CliJson.write(gen -> {
            gen.writeStartArray();
            for (TornadoBar bar : tornado.bars()) {
                gen.writeStartObject();
                gen.writeStringField("input", bar.input().jsonName());
                CliJson.writeNullable(gen, "low", bar.breakEvenLow());
                CliJson.writeNullable(gen, "high", bar.breakEvenHigh());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }));
    }

    private static boolean finiteOrNull(Double v) {
        return v == null || Double.isFinite(v);
    }

    private static double percent(String text) throws CliException {
        if (text == null) {
            return Sensitivity.DEFAULT_PERCENT;
        }
        double p = Numbers.parse(PERCENT, text);
        if (p < 0 || p > MAX_PERCENT) {
            throw new CliException(PERCENT + ": " + text + " is out of range; allowed 0 … "
                    + String.format(Locale.ROOT, "%.0f", MAX_PERCENT));
        }
        return p;
    }
}
