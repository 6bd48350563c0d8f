package org.llmcostplanner.cli;

import org.llmcostplanner.io.Report;
import org.llmcostplanner.io.ReportJson;
import org.llmcostplanner.io.ScenarioFormatException;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code report}: prints the spec's JSON report for a scenario file or preset, with the
 * plausibility warnings (using the file's recorded deployment when it has one).
 */
final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public List<String> usage() {
        return List.of("report FILE.json [--volume N]", "report --preset seed-article [--volume N]");
    }

    @Override
    public String summary() {
        return "print the cost report (JSON) at the scenario's volume, or at N requests/day";
    }

    @Override
    public void run(List<String> args, PrintStream out) throws CliException, ScenarioFormatException {
        ParsedArgs parsed = ParsedArgs.parse(name(), args, Set.of(ScenarioArgs.PRESET, ScenarioArgs.VOLUME));
        Report report = Report.of(ScenarioArgs.document(name(), parsed, 0));
        String overflow = report.firstNonFiniteFigure();
        if (overflow != null) {
            throw new CliException(name() + ": " + overflow + " is too large to compute (beyond ±1.8e308); "
                    + "the scenario's prices, volume, tokens or hours are too large");
        }
        out.print(ReportJson.toJson(report));
    }
}
