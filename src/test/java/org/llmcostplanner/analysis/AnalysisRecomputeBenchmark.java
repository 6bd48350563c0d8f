package org.llmcostplanner.analysis;

import java.util.Arrays;
import java.util.Locale;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * Micro-timing (not a test, no asserts): what one slider step costs the analysis views — the
 * tornado over every input plus a 50 × 50 heatmap — against one 60 Hz frame (16.7 ms).
 * Run after {@code mvn -o test-compile}:
 * {@code java -cp target/classes:target/test-classes org.llmcostplanner.analysis.AnalysisRecomputeBenchmark}
 */
public final class AnalysisRecomputeBenchmark {

    private AnalysisRecomputeBenchmark() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Scenario seed = SeedScenario.seed();
        Scenario withCapacity = seed.with(InputField.OUTPUT_TOKENS_PER_SECOND, 200).with(InputField.UTILIZATION, 0.5);
        report("seed, tornado + heatmap volume × dev rate", seed, InputField.REQUESTS_PER_DAY, iterations);
        report("seed, tornado + heatmap dev rate × maintenance", seed, InputField.MAINTENANCE_HOURS_PER_MONTH, iterations);
        report("with throughput, tornado + heatmap volume × dev rate", withCapacity, InputField.REQUESTS_PER_DAY, iterations);
    }

    private static void report(String label, Scenario s, InputField xInput, int iterations) {
        double[] out = new double[50 * 50];
        long[] tornado = new long[iterations];
        long[] heatmap = new long[iterations];
        double sink = 0;
        long cold = 0;
        for (int i = -iterations; i < iterations; i++) { // first half warms up the JIT
            // A slider drag: the dev rate changes each step.
            Scenario step = s.with(InputField.DEV_RATE_PER_HOUR, 40 + (i & 63));
            long t0 = System.nanoTime();
            Tornado t = Sensitivity.tornado(step, 20);
            long t1 = System.nanoTime();
            double[] xs = SensitivityGrid.axis(xInput, xInput.get(step), 50, 50);
            double[] ys = SensitivityGrid.axis(InputField.DEV_RATE_PER_HOUR, step.ops().devRatePerHour(), 50, 50);
            SensitivityGrid.fill(step, xInput, xs, InputField.DEV_RATE_PER_HOUR, ys, out);
            long t2 = System.nanoTime();
            sink += t.bars().size() + out[1234];
            if (i == -iterations) {
                cold = t2 - t0;
            }
            if (i >= 0) {
                tornado[i] = t1 - t0;
                heatmap[i] = t2 - t1;
            }
        }
        long[] total = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            total[i] = tornado[i] + heatmap[i];
        }
        System.out.printf(Locale.ROOT, "%-55s tornado median %.3f ms, heatmap median %.3f ms, total median %.3f ms,"
                        + " p99 %.3f ms, max %.3f ms, first (cold) %.3f ms (%d runs; sink %.0f)%n", label, ms(median(tornado)),
                ms(median(heatmap)), ms(median(total)), ms(percentile(total, 0.99)), ms(percentile(total, 1.0)),
                ms(cold), iterations, sink % 10);
    }

    private static long median(long[] v) {
        return percentile(v, 0.5);
    }

    private static long percentile(long[] v, double p) {
        long[] sorted = v.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
