package org.llmcostplanner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
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

    static final String WIDTH = ChartArgs.WIDTH;
    static final String HEIGHT = ChartArgs.HEIGHT;
    static final String CHART = ChartArgs.CHART;
    static final int DEFAULT_WIDTH = ChartArgs.DEFAULT_WIDTH;
    static final int DEFAULT_HEIGHT = ChartArgs.DEFAULT_HEIGHT;

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
        int width = ChartArgs.width(name(), parsed);
        int height = ChartArgs.height(name(), parsed);
        ChartKind kind = ChartArgs.kind(name(), parsed);
        Scenario scenario = ScenarioArgs.scenario(name(), parsed, 1);
        Path target = OutputFile.target(name(), ScenarioArgs.rest(parsed).get(0), "a PNG");
        Headless.ensure();
        ChartPngExporter.write(kind, scenario, target, width, height);
    }
}
