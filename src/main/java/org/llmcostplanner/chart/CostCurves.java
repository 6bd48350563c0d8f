package org.llmcostplanner.chart;

import java.util.Arrays;

import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.MonthlyCosts;
import org.llmcostplanner.model.SelfHost;

/**
 * The cost curves of one scenario sampled over a volume range, for the chart and the CSV export.
 *
 * <p>The model is piecewise linear in the volume, but the chart's x axis is logarithmic, so a
 * straight API line is curved there: it gets evenly spaced samples in log space. The plan jumps at
 * every flat-billing instance step and bends where hourly billing leaves its daily floor; those
 * volumes get exact points (a step gets one point just before and one just after it, so it is
 * drawn vertical). Steps closer together than the log grid cannot be seen on the chart; only the
 * first {@link #MAX_STEP_POINTS} are added exactly, the rest are sampled by the grid.
 *
 * <p>Every value comes from {@link CostModel}; nothing is computed twice.
 */
public final class CostCurves {

    /** The chart's default volume range, requests/day. */
    public static final double MIN_VOLUME = 1;
    public static final double MAX_VOLUME = 1e7;
    /** Log-spaced samples: enough that the API line is smooth on a 2,000 px wide chart. */
    public static final int DEFAULT_LOG_SAMPLES = 160;
    /** Exact step points added at most (two points each). */
    public static final int MAX_STEP_POINTS = 64;

    private static final double STEP_EPSILON = 1e-9;
    /** Above 2^53 consecutive step numbers k are no longer distinct doubles. */
    private static final double MAX_EXACT_STEP = 0x1p53;
    private static final double SECONDS_PER_DAY = 24 * 3600.0;

    private final double[] volume;
    private final double[] apiOnly;
    private final double[] planApi;
    private final double[] gpu;
    private final double[] ops;
    private final double[] migration;
    private final double[] plan;

    private CostCurves(int n) {
        volume = new double[n];
        apiOnly = new double[n];
        planApi = new double[n];
        gpu = new double[n];
        ops = new double[n];
        migration = new double[n];
        plan = new double[n];
    }

    /** Samples [minVolume, maxVolume] with {@code logSamples} log-spaced points plus exact step points. */
    public static CostCurves sample(CostModel model, double minVolume, double maxVolume, int logSamples) {
        if (!(minVolume > 0) || !(maxVolume > minVolume) || logSamples < 2) {
            throw new IllegalArgumentException("need 0 < min < max and at least 2 samples");
        }
        double[] grid = new double[logSamples];
        double logMin = Math.log10(minVolume);
        double logStep = (Math.log10(maxVolume) - logMin) / (logSamples - 1);
        for (int i = 0; i < logSamples; i++) {
            grid[i] = Math.pow(10, logMin + i * logStep);
        }
        grid[0] = minVolume;
        grid[logSamples - 1] = maxVolume;
        double[] bends = bendVolumes(model, minVolume, maxVolume);
        double[] all = new double[grid.length + bends.length];
        System.arraycopy(grid, 0, all, 0, grid.length);
        System.arraycopy(bends, 0, all, grid.length, bends.length);
        Arrays.sort(all);
        CostCurves c = new CostCurves(all.length);
        for (int i = 0; i < all.length; i++) {
            c.set(i, all[i], model.monthly(all[i]));
        }
        return c;
    }

    /** The default chart sampling, 1 … 1e7 requests/day (wider when {@code atLeast} lies beyond). */
    public static CostCurves sample(CostModel model, double atLeast) {
        return sample(model, MIN_VOLUME, upperVolume(atLeast), DEFAULT_LOG_SAMPLES);
    }

    /** The x range's upper end: 1e7, or the next power of ten above {@code volume} when that is higher. */
    public static double upperVolume(double volume) {
        if (!(volume > MAX_VOLUME / 2)) {
            return MAX_VOLUME;
        }
        return Math.min(1e9, Math.pow(10, Math.ceil(Math.log10(volume * 2))));
    }

    private void set(int i, double v, MonthlyCosts m) {
        volume[i] = v;
        apiOnly[i] = m.apiOnly();
        planApi[i] = m.planApi();
        gpu[i] = m.gpu();
        ops[i] = m.ops();
        migration[i] = m.migration();
        plan[i] = m.plan();
    }

    /** Volumes where the plan is not linear: around each instance step, and the hourly floor's end. */
    static double[] bendVolumes(CostModel model, double min, double max) {
        double share = model.selfHostShare();
        SelfHost host = model.scenario().selfHost();
        double tps = host.outputTokensPerSecond();
        double tout = model.scenario().workload().outputTokensPerRequest();
        if (share <= 0 || tps <= 0 || tout <= 0) {
            return new double[0];
        }
        if (host.billing() == Billing.HOURLY) {
            double floorEnd = host.minBilledHoursPerDay() * host.utilization() * tps * 3600 / (share * tout);
            return floorEnd > min && floorEnd < max ? new double[] {floorEnd} : new double[0];
        }
        // Instance k serves plan volumes up to k · width; the plan jumps just after each k · width.
        double width = SECONDS_PER_DAY * host.utilization() * tps / (share * tout);
        double firstStep = Math.floor(min / width);
        if (!(width > 0) || !(firstStep < MAX_EXACT_STEP)) {
            // Steps narrower than a double can count (e.g. utilization near 0): no step can be
            // placed exactly, and counting k up from a saturated long would never reach max.
            return new double[0];
        }
        double[] points = new double[2 * MAX_STEP_POINTS];
        int n = 0;
        for (long k = Math.max(1, (long) firstStep); n < points.length; k++) {
            double step = k * width;
            if (step >= max) {
                break;
            }
            if (step > min) {
                points[n++] = step * (1 - STEP_EPSILON);
                points[n++] = step * (1 + STEP_EPSILON);
            }
        }
        return Arrays.copyOf(points, n);
    }

    public int size() {
        return volume.length;
    }

    public double volume(int i) {
        return volume[i];
    }

    public double apiOnly(int i) {
        return apiOnly[i];
    }

    public double planApi(int i) {
        return planApi[i];
    }

    public double gpu(int i) {
        return gpu[i];
    }

    public double ops(int i) {
        return ops[i];
    }

    public double migration(int i) {
        return migration[i];
    }

    public double plan(int i) {
        return plan[i];
    }

    public double savings(int i) {
        return apiOnly[i] - plan[i];
    }

    /** The highest plan or API cost sampled at volumes up to {@code volume}. */
    public double maxCostUpTo(double maxVolumeIncluded) {
        double max = 0;
        for (int i = 0; i < volume.length && volume[i] <= maxVolumeIncluded; i++) {
            max = Math.max(max, Math.max(apiOnly[i], plan[i]));
        }
        return max;
    }
}
