package org.llmcostplanner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.SvgExporter;
import org.llmcostplanner.io.AtomicFileWriter;
import org.llmcostplanner.io.ScenarioFormatException;
import org.llmcostplanner.model.Scenario;

/** {@code export-svg}: the same chart as {@code export-png}, as SVG (vector) through JFreeSVG. */
final class ExportSvgCommand implements Command {

    @Override
    public String name() {
        return "export-svg";
    }

    @Override
    public List<String> usage() {
        return List.of("export-svg FILE.json OUT.svg [--width W] [--height H] [--chart cost|breakdown|cumulative]",
                "export-svg --preset seed-article OUT.svg [--width W] [--height H] [--volume N]");
    }

    @Override
    public String summary() {
        return "write a chart as SVG (default: monthly cost vs requests/day, 1280x720)";
    }

    @Override
    public void run(List<String> args, PrintStream out) throws CliException, ScenarioFormatException, IOException {
        ParsedArgs parsed = ParsedArgs.parse(name(), args, Set.of(ScenarioArgs.PRESET, ScenarioArgs.VOLUME,
                ChartArgs.WIDTH, ChartArgs.HEIGHT, ChartArgs.CHART));
        int width = ChartArgs.width(name(), parsed);
        int height = ChartArgs.height(name(), parsed);
        ChartKind kind = ChartArgs.kind(name(), parsed);
        Scenario scenario = ScenarioArgs.scenario(name(), parsed, 1);
        var target = OutputFile.target(name(), ScenarioArgs.rest(parsed).get(0), "an SVG");
        Headless.ensure();
        String svg = SvgExporter.toSvg(kind, scenario, width, height);
        new AtomicFileWriter().write(target, svg.getBytes(StandardCharsets.UTF_8));
    }
}
