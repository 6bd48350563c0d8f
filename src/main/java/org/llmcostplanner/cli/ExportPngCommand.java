package org.llmcostplanner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.ChartPngExporter;
import org.llmcostplanner.io.ScenarioFormatException;
import org.llmcostplanner.model.Scenario;

/**
 * {@code export-png}: draws a planner chart (by default the monthly cost vs volume chart) to a PNG
 * through the same factory as the window, with no display needed.
 */
final class ExportPngCommand implements Command {

    static final String WIDTH = "--width";
    static final String HEIGHT = "--height";
    static final String CHART = "--chart";
    static final int DEFAULT_WIDTH = 1280;
    static final int DEFAULT_HEIGHT = 720;

    @Override
    public String name() {
        return "export-png";
    }

    @Override
    public List<String> usage() {
        return List.of("export-png FILE.json OUT.png [--width W] [--height H] [--chart cost|breakdown|cumulative]",
                "export-png --preset seed-article OUT.png [--width W] [--height H] [--volume N]");
    }

    @Override
    public String summary() {
        return "write a chart as PNG (default: monthly cost vs requests/day, 1280x720)";
    }

    @Override
    public void run(List<String> args, PrintStream out) throws CliException, ScenarioFormatException, IOException {
        ParsedArgs parsed = ParsedArgs.parse(name(), args,
                Set.of(ScenarioArgs.PRESET, ScenarioArgs.VOLUME, WIDTH, HEIGHT, CHART));
        int width = pixels(parsed, WIDTH, DEFAULT_WIDTH);
        int height = pixels(parsed, HEIGHT, DEFAULT_HEIGHT);
        ChartKind kind = kind(parsed.option(CHART));
        Scenario scenario = ScenarioArgs.scenario(name(), parsed, 1);
        Path target = Path.of(ScenarioArgs.rest(parsed).get(0)).toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new CliException(name() + ": " + target + ": is a directory, not a PNG file");
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new CliException(name() + ": " + target + ": the folder does not exist");
        }
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // a command line never needs a display
        }
        ChartPngExporter.write(kind, scenario, target, width, height);
    }

    private int pixels(ParsedArgs parsed, String option, int fallback) throws CliException {
        String text = parsed.option(option);
        if (text == null) {
            return fallback;
        }
        double value = Numbers.parse(option, text);
        if (value != Math.rint(value) || value < 1 || value > ChartPngExporter.MAX_SIDE) {
            throw new CliException(name() + ": " + option + ": " + text + " is not a whole number of pixels in 1 … "
                    + ChartPngExporter.MAX_SIDE);
        }
        return (int) value;
    }

    private ChartKind kind(String text) throws CliException {
        if (text == null) {
            return ChartKind.COST;
        }
        for (ChartKind k : ChartKind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(text)) {
                return k;
            }
        }
        throw new CliException(name() + ": " + CHART + ": unknown chart \"" + text + "\"; allowed: cost, breakdown, cumulative");
    }
}
