package org.llmcostplanner.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Solves the break-even exactly. The savings of the plan, apiOnly(v) − plan(v), are piecewise
 * linear in the volume v: a jump at every flat-billing instance step, a kink where hourly billing
 * leaves its daily floor. On each piece the first volume where savings reach 0 is a division, so
 * narrow windows just before an instance step, which a grid scan would miss, are found too.
 *
 * <p>Pieces are half-open, [start, end): a break-even at v needs the plan to be at least as cheap
 * on [v, v + ε), which is decided by the piece to the right of v.
 */
public final class BreakEvenSolver {

    /** The spec searches volumes 0 … 1e9 requests/day. */
    public static final double MAX_VOLUME = 1e9;
    /** Crossings listed for the chart; flat billing with tiny instances can cross millions of times. */
    public static final int MAX_CROSSINGS = 200;

    private static final double SECONDS_PER_DAY = 24 * 3600.0;

    private BreakEvenSolver() {
    }

    /** One linear piece of savings(v) = alpha + beta · v on [start, end). */
    private record Piece(double start, double end, double alpha, double beta) {
        double at(double v) {
            return alpha + beta * v;
        }

        /** Whether savings are ≥ 0 on [v, v + ε) within this piece. */
        boolean cheaperFrom(double v) {
            double f = at(v);
            return f > 0 || (f == 0 && beta >= 0);
        }
    }

    public static BreakEven solve(Scenario scenario, BreakEvenKind kind) {
        return solve(CostModel.of(scenario), kind);
    }

    public static BreakEven solve(CostModel model, BreakEvenKind kind) {
        if (model.selfHostShare() <= 0) {
            return BreakEven.never();
        }
        List<Piece> pieces = pieces(model, kind);
        boolean cheaper = false;
        double first = Double.NaN;
        Crossings crossings = new Crossings();
        for (Piece p : pieces) {
            if (p.start() > MAX_VOLUME || crossings.truncated) {
                break;
            }
            boolean cheaperAtStart = p.cheaperFrom(p.start());
            if (p.start() == 0) {
                cheaper = cheaperAtStart; // v = 0 is where the search begins, not a crossing
            } else if (cheaperAtStart != cheaper) {
                crossings.add(new Crossing(p.start(), cheaperAtStart));
                cheaper = cheaperAtStart;
            }
            if (cheaper && Double.isNaN(first)) {
                first = p.start();
            }
            if (p.beta() != 0) {
                double root = -p.alpha() / p.beta();
                boolean cheaperAfterRoot = p.beta() > 0;
                if (root > p.start() && root < p.end() && root <= MAX_VOLUME && cheaperAfterRoot != cheaper) {
                    crossings.add(new Crossing(root, cheaperAfterRoot));
                    cheaper = cheaperAfterRoot;
                    if (cheaper && Double.isNaN(first)) {
                        first = root;
                    }
                }
            }
        }
        OptionalDouble be = Double.isNaN(first) ? OptionalDouble.empty() : OptionalDouble.of(first);
        return new BreakEven(be, crossings.listed, crossings.truncated);
    }

    /** The crossings for the chart: at most {@link #MAX_CROSSINGS}, remembering whether one was left out. */
    private static final class Crossings {
        private final List<Crossing> listed = new ArrayList<>();
        private boolean truncated;

        void add(Crossing c) {
            if (listed.size() < MAX_CROSSINGS) {
                listed.add(c);
            } else {
                truncated = true;
            }
        }
    }

    /**
     * The pieces of savings(v) that can hold a crossing, in order. Pieces before the first listed
     * one are known to be dearer throughout; after the last one nothing changes any more.
     */
    private static List<Piece> pieces(CostModel m, BreakEvenKind kind) {
        Scenario s = m.scenario();
        SelfHost host = s.selfHost();
        double share = m.selfHostShare();
        double overhead = kind == BreakEvenKind.RAW ? 0 : m.ops() + m.migration();
        double slope = m.billingDaysPerMonth() * m.apiCostPerRequest() * share;
        double tps = host.outputTokensPerSecond();
        double tout = s.workload().outputTokensPerRequest();
        boolean capacityModelled = tps > 0 && tout > 0;
        List<Piece> pieces = new ArrayList<>();

        if (host.billing() == Billing.HOURLY) {
            double days = m.billingDaysPerMonth();
            double floorCost = host.minBilledHoursPerDay() * days * host.hourlyRate();
            if (!capacityModelled) {
                pieces.add(new Piece(0, Double.POSITIVE_INFINITY, -floorCost - overhead, slope));
                return pieces;
            }
            double u = host.utilization();
            // Volume where busy hours / u reach the daily floor, and the GPU cost per request/day above it.
            double floorVolume = host.minBilledHoursPerDay() * u * tps * 3600 / (share * tout);
            // 0 for free hours, even when tps · u underflows to 0 (0 / 0 would be NaN and hide every crossing).
            double gpuSlope = host.hourlyRate() == 0 ? 0 : days * host.hourlyRate() * share * tout / (3600 * tps * u);
            if (floorVolume > 0) {
                pieces.add(new Piece(0, floorVolume, -floorCost - overhead, slope));
            }
            pieces.add(new Piece(floorVolume, Double.POSITIVE_INFINITY, -overhead, slope - gpuSlope));
            return pieces;
        }

        double flat = host.flatMonthlyCost();
        if (!capacityModelled || flat == 0) { // free instances: their count changes no cost
            pieces.add(new Piece(0, Double.POSITIVE_INFINITY, -flat - overhead, slope));
            return pieces;
        }
        // Instance k serves volumes in ((k−1)·width, k·width]; savings on piece k: slope·v − flat·k − overhead.
        double width = SECONDS_PER_DAY * host.utilization() * tps / (share * tout);
        double gainPerFullInstance = slope * width - flat;
        long firstK = 1;
        long lastK = 1;
        if (gainPerFullInstance > 0) {
            // Pieces end below 0 savings until k·gain > overhead; after k ≥ (flat + overhead)/gain
            // every piece starts at ≥ 0, so no crossing follows. Margins absorb rounding.
            double firstPiece = Math.max(1, Math.floor(overhead / gainPerFullInstance) - 1);
            if ((firstPiece - 1) * width > MAX_VOLUME) {
                return pieces; // dearer on every piece up to 1e9; also keeps the piece number within a long
            }
            firstK = (long) firstPiece;
            double last = Math.ceil((flat + overhead) / gainPerFullInstance) + 2;
            lastK = (long) Math.min(last, MAX_VOLUME / width + 2);
            lastK = Math.max(lastK, firstK);
        }
        long limit = firstK + 2L * MAX_CROSSINGS + 4; // each listed piece holds at most two crossings
        for (long k = firstK; k <= lastK && k <= limit; k++) {
            double start = k == 1 ? 0 : (k - 1) * width; // 0 · ∞ would be NaN when one instance serves any volume
            if (start > MAX_VOLUME) {
                break;
            }
            double end = k == lastK && gainPerFullInstance > 0 ? Double.POSITIVE_INFINITY : k * width;
            pieces.add(new Piece(start, end, -flat * k - overhead, slope));
        }
        return pieces;
    }
}
