package org.llmcostplanner.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * Uncertainty by interval bounds: low/high ranges on some inputs give a band for each cost curve,
 * a break-even range, a one-time cost range and a payback range.
 *
 * <p><b>Why the corners suffice.</b> Every cost of the model (API cost, GPU cost, ops, migration,
 * and so the plans) is monotone in each input on its own when the others are held: more tokens,
 * higher prices, more hours cost more; more throughput or utilization cost less (flat billing's
 * instance count steps, but never the wrong way). The savings and the break-even are monotone in
 * each input too, except as noted below. A function monotone in each input separately takes its
 * minimum and maximum over a box of ranges at corners of the box (move one input at a time to
 * the end that does not make it smaller: it never gets smaller). So the band is the min/max over
 * the 2^k corners of the k ranged inputs: exact, and no Monte Carlo noise.
 *
 * <p><b>Where it is not exact.</b> The routing share trades API cost for GPU cost; amortization
 * jumps at 0 (nothing spread) to the whole one-time cost at tiny A, and throughput at 0 (capacity
 * not modelled: one instance) to unbounded instances at tiny tok/s, so ranges of these two that
 * reach from 0 upward are not monotone; output tokens raise API cost
 * and, with throughput modelled, GPU instances too, so savings can go either way; likewise the
 * volume for the payback at the scenario's volume. For these inputs
 * {@link #INTERIOR_SAMPLES} evenly spaced values are tried instead of just the two ends, and the
 * result says {@code exact = false}.
 */
public final class Uncertainty {

    /** Values tried across the range of an input that can move a figure both ways. */
    public static final int INTERIOR_SAMPLES = 9;
    /** The most ranged inputs at once; 2^12 corners is still quick. */
    public static final int MAX_RANGED_INPUTS = 12;

    private Uncertainty() {
    }

    public static UncertaintyResult analyse(Scenario scenario, List<InputRange> ranges, double[] volumes) {
        List<InputRange> moving = new ArrayList<>();
        for (InputRange r : ranges) {
            if (!r.isPoint()) {
                moving.add(r);
            }
        }
        if (moving.size() > MAX_RANGED_INPUTS) {
            throw new IllegalArgumentException("at most " + MAX_RANGED_INPUTS + " inputs can carry a range at once, got "
                    + moving.size());
        }
        // Inputs with a zero-width range are simply set.
        Scenario base = scenario;
        for (InputRange r : ranges) {
            if (r.isPoint()) {
                base = base.with(r.input(), r.low());
            }
        }
        boolean exact = true;
        double[][] values = new double[moving.size()][];
        for (int i = 0; i < moving.size(); i++) {
            InputRange r = moving.get(i);
            boolean monotone = isMonotone(r, scenario, ranges);
            exact &= monotone;
            values[i] = monotone ? new double[] {r.low(), r.high()} : samples(r);
        }
        Accumulator acc = new Accumulator(volumes);
        visit(base, moving, values, 0, acc);

        CostModel point = CostModel.of(scenario);
        Map<Curve, Band> bands = new EnumMap<>(Curve.class);
        for (Curve c : Curve.values()) {
            double[] p = new double[volumes.length];
            for (int j = 0; j < volumes.length; j++) {
                p[j] = c.at(point, volumes[j]);
            }
            bands.put(c, new Band(c, volumes.clone(), p, acc.low[c.ordinal()], acc.high[c.ordinal()]));
        }
        return new UncertaintyResult(ranges, bands, Sensitivity.breakEven(point),
                finiteOrNull(acc.breakEvenLow), finiteOrNull(acc.breakEvenHigh),
                acc.oneTimeLow, acc.oneTimeHigh, finiteOrNull(acc.paybackLow), finiteOrNull(acc.paybackHigh), exact);
    }

    /** Whether every figure moves one way only across this input's range (see the class comment). */
    static boolean isMonotone(InputRange r, Scenario scenario, List<InputRange> all) {
        InputField f = r.input();
        if (f == InputField.SELF_HOST_SHARE) {
            return false;
        }
        if (f == InputField.AMORTIZATION_MONTHS || f == InputField.OUTPUT_TOKENS_PER_SECOND) {
            // 0 switches the term off (nothing spread; capacity not modelled) while values just above
            // 0 make it huge, so only ranges clear of 0 are monotone.
            return r.low() > 0 || r.high() == 0;
        }
        if (f == InputField.OUTPUT_TOKENS_PER_REQUEST || f == InputField.REQUESTS_PER_DAY) {
            // With throughput modelled, more output or volume can add a GPU instance (or leave the
            // hourly floor): the monthly gain, and so the payback, can move either way.
            return !throughputModelled(scenario, all);
        }
        return true;
    }

    private static boolean throughputModelled(Scenario scenario, List<InputRange> all) {
        for (InputRange r : all) {
            if (r.input() == InputField.OUTPUT_TOKENS_PER_SECOND) {
                return r.high() > 0;
            }
        }
        return scenario.selfHost().outputTokensPerSecond() > 0;
    }

    private static double[] samples(InputRange r) {
        double[] v = new double[INTERIOR_SAMPLES];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.low() + (r.high() - r.low()) * i / (v.length - 1);
        }
        return v;
    }

    /** Walks every combination of the ranged inputs' values. */
    private static void visit(Scenario s, List<InputRange> moving, double[][] values, int depth, Accumulator acc) {
        if (depth == moving.size()) {
            acc.add(CostModel.of(s));
            return;
        }
        InputField f = moving.get(depth).input();
        for (double v : values[depth]) {
            visit(s.with(f, v), moving, values, depth + 1, acc);
        }
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Running minima and maxima; "never" counts as +∞. */
    private static final class Accumulator {
        final double[] volumes;
        final double[][] low;
        final double[][] high;
        double breakEvenLow = Double.POSITIVE_INFINITY;
        double breakEvenHigh = Double.NEGATIVE_INFINITY;
        double oneTimeLow = Double.POSITIVE_INFINITY;
        double oneTimeHigh = Double.NEGATIVE_INFINITY;
        double paybackLow = Double.POSITIVE_INFINITY;
        double paybackHigh = Double.NEGATIVE_INFINITY;

        Accumulator(double[] volumes) {
            this.volumes = volumes;
            int n = Curve.values().length;
            low = new double[n][volumes.length];
            high = new double[n][volumes.length];
            for (int c = 0; c < n; c++) {
                java.util.Arrays.fill(low[c], Double.POSITIVE_INFINITY);
                java.util.Arrays.fill(high[c], Double.NEGATIVE_INFINITY);
            }
        }

        void add(CostModel m) {
            for (Curve c : Curve.values()) {
                double[] lo = low[c.ordinal()];
                double[] hi = high[c.ordinal()];
                for (int j = 0; j < volumes.length; j++) {
                    double y = c.at(m, volumes[j]);
                    lo[j] = Math.min(lo[j], y);
                    hi[j] = Math.max(hi[j], y);
                }
            }
            Double be = Sensitivity.breakEven(m);
            double b = be == null ? Double.POSITIVE_INFINITY : be;
            breakEvenLow = Math.min(breakEvenLow, b);
            breakEvenHigh = Math.max(breakEvenHigh, b);
            oneTimeLow = Math.min(oneTimeLow, m.oneTimeCost());
            oneTimeHigh = Math.max(oneTimeHigh, m.oneTimeCost());
            double p = m.paybackMonths(m.scenario().workload().requestsPerDay());
            double pb = Double.isNaN(p) ? Double.POSITIVE_INFINITY : p;
            paybackLow = Math.min(paybackLow, pb);
            paybackHigh = Math.max(paybackHigh, pb);
        }
    }
}
