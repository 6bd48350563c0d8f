package org.llmcostplanner.cli;

import java.util.Locale;

import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.ChartPngExporter;

/** The options of the chart exports (PNG, SVG): size in pixels and which chart. */
final class ChartArgs {

    static final String WIDTH = "--width";
    static final String HEIGHT = "--height";
    static final String CHART = "--chart";
    static final int DEFAULT_WIDTH = 1280;
    static final int DEFAULT_HEIGHT = 720;

    private ChartArgs() {
    }

    static int width(String command, ParsedArgs parsed) throws CliException {
        return pixels(command, parsed, WIDTH, DEFAULT_WIDTH);
    }

    static int height(String command, ParsedArgs parsed) throws CliException {
        return pixels(command, parsed, HEIGHT, DEFAULT_HEIGHT);
    }

    private static int pixels(String command, ParsedArgs parsed, String option, int fallback) throws CliException {
        String text = parsed.option(option);
        if (text == null) {
            return fallback;
        }
        double value = Numbers.parse(option, text);
        if (value != Math.rint(value) || value < 1 || value > ChartPngExporter.MAX_SIDE) {
            throw new CliException(command + ": " + option + ": " + text + " is not a whole number of pixels in 1 … "
                    + ChartPngExporter.MAX_SIDE);
        }
        return (int) value;
    }

    static ChartKind kind(String command, ParsedArgs parsed) throws CliException {
        String text = parsed.option(CHART);
        if (text == null) {
            return ChartKind.COST;
        }
        for (ChartKind k : ChartKind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(text)) {
                return k;
            }
        }
        throw new CliException(command + ": " + CHART + ": unknown chart \"" + text
                + "\"; allowed: cost, breakdown, cumulative");
    }
}
