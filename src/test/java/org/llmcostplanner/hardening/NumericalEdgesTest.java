package org.llmcostplanner.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmcostplanner.cli.Cli;
import org.llmcostplanner.hardening.NumericalEdges.Edge;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.Report;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The numerical edges of the inputs, alone and together, on flat and hourly billing: the CLI
 * report is valid JSON whose numbers are all finite, with null for "never"/"n/a" — never NaN or
 * Infinity (which are not JSON).
 */
class NumericalEdgesTest {

    /** The report's own edges, after the ones shared with the window test. */
    private static final List<Edge> EDGES = NumericalEdges.concat(NumericalEdges.COMMON, List.of(
            new Edge("smallest utilization, free GPU hours", s -> s.with(InputField.UTILIZATION, Double.MIN_VALUE)
                    .with(InputField.HOURLY_RATE, 0).with(InputField.FLAT_MONTHLY_COST, 0)),
            new Edge("1e7 tokens at 1e9/day, 1e-9 utilization", s -> s.with(InputField.INPUT_TOKENS_PER_REQUEST, 1e7)
                    .with(InputField.OUTPUT_TOKENS_PER_REQUEST, 1e7).with(InputField.REQUESTS_PER_DAY, 1e9)
                    .with(InputField.UTILIZATION, 1e-9)),
            new Edge("120 months amortization, 31 days", s -> s.with(InputField.AMORTIZATION_MONTHS, 120)
                    .with(InputField.BILLING_DAYS_PER_MONTH, 31)),
            new Edge("smallest billing days", s -> s.with(InputField.BILLING_DAYS_PER_MONTH, Double.MIN_VALUE)),
            new Edge("full cache and batch discount", s -> s.with(InputField.CACHE_HIT_SHARE, 1)
                    .with(InputField.BATCH_SHARE, 1).with(InputField.BATCH_DISCOUNT, 1))));

    static Stream<Arguments> cases() {
        return NumericalEdges.onEveryBase(EDGES);
    }

    private static Scenario scenario(Edge edge, Billing billing) {
        Scenario s = edge.apply().apply(NumericalEdges.base(billing));
        assertNull(s.firstInvalidInput(), "the edge must be a valid input");
        return s;
    }

    private record Run(int status, String out, String err) {
    }

    private static Run report(Scenario s, Path dir) throws Exception {
        Path file = dir.resolve("edge.json");
        ScenarioFile.save(s, file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Cli.run(new String[]{"report", file.toString()}, o, e);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}, {1} billing")
    @MethodSource("cases")
    void reportIsFiniteJson(Edge edge, Billing billing, @TempDir Path dir) throws Exception {
        Scenario s = scenario(edge, billing);
        assertNull(Report.of(s).firstNonFiniteFigure(), "every figure finite for " + edge);
        Run r = report(s, dir);
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        CliFuzzProperties.assertValidReport(r.out(), edge + ", " + billing);
    }

    @Test
    void nothingSelfHostedMeansNeverAndNotApplicable(@TempDir Path dir) throws Exception {
        for (Scenario base : NumericalEdges.bases()) {
            JsonNode report = new ObjectMapper().readTree(report(base.with(InputField.SELF_HOST_SHARE, 0), dir).out());
            assertTrue(report.get("gpuInstances").isNull(), report.toString());
            assertTrue(report.get("paybackMonths").isNull(), report.toString());
            assertTrue(report.get("breakEven").get("rawRequestsPerDay").isNull(), report.toString());
            assertTrue(report.get("breakEven").get("withOpsRequestsPerDay").isNull(), report.toString());
            assertEquals(0.0, report.get("monthly").get("savings").doubleValue(), report.toString());
        }
    }

    @Test
    void freePricesCostNothing(@TempDir Path dir) throws Exception {
        for (Scenario base : NumericalEdges.bases()) {
            JsonNode report = new ObjectMapper().readTree(report(NumericalEdges.allPricesZero(base), dir).out());
            JsonNode monthly = report.get("monthly");
            assertEquals(0.0, report.get("apiCostPerRequest").doubleValue());
            assertEquals(0.0, monthly.get("plan").doubleValue(), report.toString());
            assertEquals(0.0, monthly.get("savings").doubleValue(), report.toString());
            assertTrue(report.get("paybackMonths").isNull(), "nothing saved, nothing paid back: " + report);
        }
    }

    /**
     * Prices may be any finite number, so figures can overflow: the report is then refused with
     * one line naming the figure, instead of printing Infinity or NaN.
     */
    @Test
    void overflowingFiguresAreRefusedNotPrinted(@TempDir Path dir) throws Exception {
        Scenario huge = Presets.seedArticle().with(InputField.OUTPUT_PRICE_PER_MTOK, Double.MAX_VALUE)
                .with(InputField.REQUESTS_PER_DAY, 1e9);
        Run r = report(huge, dir);
        assertEquals(Cli.BAD_INPUT, r.status());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("report: apiCostPerRequest is too large to compute"), r.err());

        Scenario tinyUtilization = NumericalEdges.bases().get(1).with(InputField.UTILIZATION, Double.MIN_VALUE);
        Run hourly = report(tinyUtilization, dir);
        assertEquals(Cli.BAD_INPUT, hourly.status(), hourly.out());
        assertTrue(hourly.err().contains("report: monthly.gpu is too large to compute"), hourly.err());
    }
}
