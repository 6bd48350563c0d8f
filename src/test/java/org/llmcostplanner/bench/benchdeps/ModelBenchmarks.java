package org.llmcostplanner.bench.benchdeps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.CostCurves;
import org.llmcostplanner.chart.PlannerChart;
import org.llmcostplanner.chart.PlannerCharts;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.model.BreakEven;
import org.llmcostplanner.model.BreakEvenKind;
import org.llmcostplanner.model.BreakEvenSolver;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.MonthlyCosts;
import org.llmcostplanner.model.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What one slider step costs the model, without any drawing: JMH, average time per call.
 * Compiled only in the bench profile (it needs jmh-core); the suite reaches {@link #run()} by name.
 *
 * <p>Every call takes the next of 64 scenarios (the seed article with the volume and another input
 * varied, as a user would), so the JIT cannot fold a constant input away.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ModelBenchmarks {

    private static final int MONTHS = 24;

    private Scenario[] scenarios;
    private CostModel[] models;
    private int next;
    private final List<PlannerChart> charts = new ArrayList<>();

    @Setup
    public void setUp() {
        Random random = new Random(7);
        Scenario seed = Presets.seedArticle();
        scenarios = new Scenario[64];
        models = new CostModel[scenarios.length];
        for (int i = 0; i < scenarios.length; i++) {
            Scenario s = seed.with(InputField.REQUESTS_PER_DAY, Math.rint(Math.pow(10, 1 + 6 * random.nextDouble())));
            if (i % 2 == 1) {
                s = s.with(InputField.MAINTENANCE_HOURS_PER_MONTH, Math.rint(20 * random.nextDouble()));
            }
            scenarios[i] = s;
            models[i] = CostModel.of(s);
        }
        for (ChartKind kind : ChartKind.values()) {
            charts.add(PlannerCharts.newChart(kind));
        }
    }

    /**
     * Everything the three charts compute from a new scenario: the cost curves sampled over the
     * volume range with both break-evens (cost chart), the breakdown at the current volume, and the
     * 24-month cumulative lines with the payback month. The pure-model part of a redraw.
     */
    @Benchmark
    public void recomputeAllCurves(Blackhole bh) {
        Scenario s = scenarios[next++ & 63];
        CostModel model = CostModel.of(s);
        double volume = s.workload().requestsPerDay();
        BreakEven raw = BreakEvenSolver.solve(model, BreakEvenKind.RAW);
        BreakEven withOps = BreakEvenSolver.solve(model, BreakEvenKind.WITH_OPS);
        double upper = CostCurves.upperVolume(Math.max(volume,
                Math.max(raw.requestsPerDay().orElse(0), withOps.requestsPerDay().orElse(0))));
        CostCurves curves = CostCurves.sample(model, CostCurves.MIN_VOLUME, upper, CostCurves.DEFAULT_LOG_SAMPLES);
        bh.consume(curves);
        bh.consume(raw);
        bh.consume(withOps);
        MonthlyCosts breakdown = model.monthly(volume);
        bh.consume(breakdown);
        double oneTime = model.selfHostShare() > 0 ? model.oneTimeCost() : 0;
        double planMonthly = model.plan(volume) - model.planMigration();
        bh.consume(model.apiOnly(volume) * MONTHS);
        bh.consume(oneTime + planMonthly * MONTHS);
        bh.consume(model.paybackMonths(volume));
    }

    /** Both break-even kinds (raw and with ops, every crossing) for a model already built. */
    @Benchmark
    public void breakEvenSolve(Blackhole bh) {
        CostModel model = models[next++ & 63];
        bh.consume(BreakEvenSolver.solve(model, BreakEvenKind.RAW));
        bh.consume(BreakEvenSolver.solve(model, BreakEvenKind.WITH_OPS));
    }

    /** For comparison: the three JFreeChart charts updated in place (model + dataset writes, no drawing). */
    @Benchmark
    public void updateAllCharts(Blackhole bh) {
        Scenario s = scenarios[next++ & 63];
        for (PlannerChart c : charts) {
            c.update(s);
            bh.consume(c.onlyOverlayChanged());
        }
    }

    /** Runs the three benchmarks (one fork, 3×1 s warm-up, 5×1 s measurement); µs per call by name. */
    public static Map<String, Double> run() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(ModelBenchmarks.class.getName() + "\\.")
                .shouldFailOnError(true)
                .jvmArgsAppend("-Djava.awt.headless=true")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> micros = new LinkedHashMap<>();
        for (RunResult r : results) {
            micros.put(r.getParams().getBenchmark().replaceAll(".*\\.", ""), r.getPrimaryResult().getScore());
        }
        return micros;
    }
}
