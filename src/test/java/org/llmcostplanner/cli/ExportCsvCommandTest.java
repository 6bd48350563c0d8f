package org.llmcostplanner.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.chart.CostCurves;
import org.llmcostplanner.chart.CostCurvesCsv;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.MonthlyCosts;
import org.llmcostplanner.model.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** export-csv through the command line, under a German default Locale (',' decimals) on purpose. */
class ExportCsvCommandTest {

    private Locale saved;

    @BeforeEach
    void german() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    private static List<String> export(Path out, String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertEquals(Cli.OK, run.status(), run.err());
        assertEquals("", run.out());
        assertEquals("", run.err());
        return Files.readAllLines(out);
    }

    /** Every row parses, has 8 plain numbers, and equals the cost model at its volume. */
    private static void assertRowsAreTheModel(List<String> lines, Scenario scenario) {
        assertEquals("requestsPerDay,apiOnly,planApi,gpu,ops,migration,plan,savings", lines.get(0));
        assertTrue(lines.size() - 1 >= 100, "rows: " + (lines.size() - 1));
        CostModel model = CostModel.of(scenario);
        double previous = 0;
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.matches("-?[0-9]+(\\.[0-9]+)?(,-?[0-9]+(\\.[0-9]+)?){7}"), "plain numbers: " + line);
            String[] f = line.split(",");
            double v = Double.parseDouble(f[0]);
            assertTrue(v > previous, "volumes ascend: " + line);
            previous = v;
            MonthlyCosts m = model.monthly(v);
            double[] expected = {v, m.apiOnly(), m.planApi(), m.gpu(), m.ops(), m.migration(), m.plan(),
                    m.apiOnly() - m.plan()};
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], Double.parseDouble(f[i]), 0.0, "column " + i + " of " + line);
            }
        }
    }

    @Test
    void seedPresetCurvesFromOneToTenMillionRequestsADay(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("seed.csv");
        List<String> lines = export(out, "export-csv", "--preset", "seed-article", out.toString());
        assertRowsAreTheModel(lines, Presets.seedArticle());
        assertTrue(lines.get(1).startsWith("1,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("10000000,"), lines.get(lines.size() - 1));
    }

    @Test
    void includesTheChartSamplersExactStepPoints(@TempDir Path dir) throws Exception {
        Scenario stepped = Presets.seedArticle().with(InputField.OUTPUT_TOKENS_PER_SECOND, 50)
                .with(InputField.UTILIZATION, 0.5);
        Path file = dir.resolve("stepped.json");
        ScenarioFile.save(stepped, file);
        Path out = dir.resolve("stepped.csv");
        List<String> lines = export(out, "export-csv", file.toString(), out.toString());
        assertRowsAreTheModel(lines, stepped);
        CostCurves curves = CostCurves.sample(CostModel.of(stepped), stepped.workload().requestsPerDay());
        assertEquals(curves.size(), lines.size() - 1, "the chart's sampling, not a second one");
        for (int i = 0; i < curves.size(); i++) {
            assertEquals(curves.volume(i), Double.parseDouble(lines.get(i + 1).split(",")[0]), 0.0);
        }
        assertTrue(curves.size() > CostCurves.DEFAULT_LOG_SAMPLES, "step points added: " + curves.size());
        assertEquals(CostCurvesCsv.toCsv(curves), Files.readString(out));
    }

    @Test
    void overwritingGoesThroughTheAtomicWriter(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("again.csv");
        Files.writeString(out, "old\n");
        export(out, "export-csv", "--preset", "seed-article", out.toString());
        assertEquals("old\n", Files.readString(dir.resolve("again.csv.bak")), "the previous file is kept as .bak");
    }

    @Test
    void badArguments(@TempDir Path dir) {
        assertTrue(CliRun.of("export-csv", "--preset", "seed-article").badInputLine().contains("missing argument"));
        assertTrue(CliRun.of("export-csv", "--preset", "seed-article", dir.toString()).badInputLine()
                .contains("is a directory, not a CSV file"));
        assertTrue(CliRun.of("export-csv", "--preset", "seed-article", dir.resolve("no/such/x.csv").toString())
                .badInputLine().contains("the folder does not exist"));
        assertTrue(CliRun.of("export-csv", dir.resolve("missing.json").toString(), dir.resolve("x.csv").toString())
                .badInputLine().contains("file not found"));
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void overflowingCostsAreRefusedNotWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.json");
        ScenarioFile.save(Presets.seedArticle().with(InputField.OUTPUT_PRICE_PER_MTOK, 1e308), file);
        Path out = dir.resolve("huge.csv");
        assertTrue(CliRun.of("export-csv", file.toString(), out.toString()).badInputLine()
                .contains("too large to compute"));
        assertFalse(Files.exists(out));
    }
}
