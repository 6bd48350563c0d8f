package org.llmcostplanner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.llmcostplanner.chart.CostCurves;
import org.llmcostplanner.chart.CostCurvesCsv;
import org.llmcostplanner.io.AtomicFileWriter;
import org.llmcostplanner.io.ScenarioFormatException;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.Scenario;

/**
 * {@code export-csv}: the cost curves the cost chart draws, as CSV: the chart's own sampling
 * ({@link CostCurves}: 160 log-spaced volumes from 1 to 10,000,000 req/day, further when the
 * scenario's volume is beyond 5,000,000, plus the exact instance-step points), one row each.
 */
final class ExportCsvCommand implements Command {

    @Override
    public String name() {
        return "export-csv";
    }

    @Override
    public List<String> usage() {
        return List.of("export-csv FILE.json OUT.csv", "export-csv --preset seed-article OUT.csv [--volume N]");
    }

    @Override
    public String summary() {
        return "write the cost curves (monthly costs vs requests/day) as CSV";
    }

    @Override
    public void run(List<String> args, PrintStream out) throws CliException, ScenarioFormatException, IOException {
        ParsedArgs parsed = ParsedArgs.parse(name(), args, Set.of(ScenarioArgs.PRESET, ScenarioArgs.VOLUME));
        Scenario scenario = ScenarioArgs.scenario(name(), parsed, 1);
        var target = OutputFile.target(name(), ScenarioArgs.rest(parsed).get(0), "a CSV");
        CostCurves curves = CostCurves.sample(CostModel.of(scenario), scenario.workload().requestsPerDay());
        String csv;
        try {
            csv = CostCurvesCsv.toCsv(curves);
        } catch (IllegalArgumentException e) {
            // Inputs near ±1.8e308 can overflow a cost; never write NaN or Infinity into the file.
            throw new CliException(name() + ": the cost curves are too large to compute (beyond ±1.8e308); "
                    + "the scenario's prices, volume, tokens or hours are too large");
        }
        new AtomicFileWriter().write(target, csv.getBytes(StandardCharsets.UTF_8));
    }
}
