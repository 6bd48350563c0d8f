package org.llmcostplanner.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * Goal seek: the value of one input at which a figure of the cost model meets a target.
 *
 * <p>The figure is first sampled on a scan of the input's valid range (see {@link SearchDomain}).
 * If every sample lies on one straight line — savings are linear in prices, dev rate,
 * maintenance hours, GPU price, billing days … — the root of that line is the answer, exactly.
 * Otherwise every sign change of (figure − target) between neighbouring samples is a bracket,
 * narrowed by bisection to machine precision; of the brackets that hold a true root (not a jump
 * over the target, as at a GPU instance step) the one nearest the current value wins, so the
 * answer is the smallest change that meets the target. A root narrower than the scan step can be
 * missed; a found value always meets the target within {@link #RELATIVE_TOLERANCE}.
 */
public final class GoalSeek {

    /** A found value meets the target within this share of max(1, |target|). */
    public static final double RELATIVE_TOLERANCE = 1e-6;
    /** Samples deviating less than this share of the figure's scale from the line count as linear. */
    private static final double LINEARITY_TOLERANCE = 1e-9;
    private static final int MAX_BISECTIONS = 200;

    private GoalSeek() {
    }

    public static GoalSeekResult solve(Scenario scenario, InputField input, GoalTarget target) {
        // When the volume itself is the unknown, the target is read at that volume.
        GoalTarget goal = input == InputField.REQUESTS_PER_DAY ? target.atScenarioVolume() : target;
        double current = input.get(scenario);
        double[] xs = SearchDomain.grid(input, current);
        double[] fs = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            fs[i] = gap(scenario, input, goal, xs[i]);
        }
        GoalSeekResult linear = solveLinear(scenario, input, goal, xs, fs);
        if (linear != null) {
            return linear;
        }
        return solveBracketed(scenario, input, goal, current, xs, fs);
    }

    /** figure(x) − target; +∞ when the figure does not exist at x. */
    private static double gap(Scenario s, InputField input, GoalTarget goal, double x) {
        return goal.measure(CostModel.of(s.with(input, x))) - goal.value();
    }

    private static GoalSeekResult solveLinear(Scenario s, InputField input, GoalTarget goal, double[] xs, double[] fs) {
        int last = xs.length - 1;
        double scale = 0;
        for (double f : fs) {
            if (!Double.isFinite(f)) {
                return null;
            }
            scale = Math.max(scale, Math.abs(f));
        }
        double slope = (fs[last] - fs[0]) / (xs[last] - xs[0]);
        double tolerance = LINEARITY_TOLERANCE * Math.max(1, scale);
        for (int i = 1; i < last; i++) {
            double onLine = fs[0] + slope * (xs[i] - xs[0]);
            if (Math.abs(fs[i] - onLine) > tolerance) {
                return null;
            }
        }
        if (slope == 0 || Math.abs(slope * (xs[last] - xs[0])) <= tolerance) {
            return fs[0] == 0 || Math.abs(fs[0]) <= tolerance(goal)
                    ? found(s, input, goal, xs[0], GoalSeekResult.Method.LINEAR)
                    : none(input, goal, xs, "the target does not depend on " + input.jsonName());
        }
        double root = xs[0] - fs[0] / slope;
        // Rounding may put a root at the very edge a hair outside the range.
        double edgeSlack = 1e-12 * Math.max(1, Math.abs(xs[last]));
        if (root < xs[0] - edgeSlack || root > xs[last] + edgeSlack) {
            return none(input, goal, xs, "it would need " + input.jsonName() + " = " + num(root));
        }
        root = Math.max(xs[0], Math.min(xs[last], root));
        GoalSeekResult r = found(s, input, goal, root, GoalSeekResult.Method.LINEAR);
        return r.found() ? r : null; // rounding trouble: let the bracketing search decide
    }

    private record Bracket(double a, double fa, double b, double fb, double distance) {
    }

    private static GoalSeekResult solveBracketed(Scenario s, InputField input, GoalTarget goal, double current,
                                                 double[] xs, double[] fs) {
        List<Bracket> brackets = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            if (fs[i] == 0) {
                brackets.add(new Bracket(xs[i], 0, xs[i], 0, Math.abs(xs[i] - current)));
            } else if (i + 1 < xs.length && !Double.isNaN(fs[i]) && !Double.isNaN(fs[i + 1])
                    && fs[i + 1] != 0 && (fs[i] > 0) != (fs[i + 1] > 0)) {
                double d = current < xs[i] ? xs[i] - current : current > xs[i + 1] ? current - xs[i + 1] : 0;
                brackets.add(new Bracket(xs[i], fs[i], xs[i + 1], fs[i + 1], d));
            }
        }
        brackets.sort(Comparator.comparingDouble(Bracket::distance));
        String jump = null;
        for (Bracket br : brackets) {
            double x = br.fa() == 0 ? br.a() : bisect(s, input, goal, br);
            GoalSeekResult r = found(s, input, goal, x, GoalSeekResult.Method.BRACKETED);
            if (r.found()) {
                return r;
            }
            if (jump == null) {
                jump = "the figure jumps over the target at " + input.jsonName() + " ≈ " + num(x)
                        + " (e.g. a GPU instance step)";
            }
        }
        return none(input, goal, xs, jump != null ? jump : "the target is never crossed");
    }

    /** Narrows a sign change to neighbouring doubles; returns the end nearer the target. */
    private static double bisect(Scenario s, InputField input, GoalTarget goal, Bracket br) {
        double a = br.a();
        double fa = br.fa();
        double b = br.b();
        double fb = br.fb();
        for (int i = 0; i < MAX_BISECTIONS; i++) {
            double mid = a + (b - a) / 2;
            if (mid <= a || mid >= b) {
                break;
            }
            double fm = gap(s, input, goal, mid);
            if (fm == 0) {
                return mid;
            }
            if (Double.isNaN(fm)) {
                break;
            }
            if ((fm > 0) == (fa > 0)) {
                a = mid;
                fa = fm;
            } else {
                b = mid;
                fb = fm;
            }
        }
        return Math.abs(fa) <= Math.abs(fb) ? a : b;
    }

    private static double tolerance(GoalTarget goal) {
        return RELATIVE_TOLERANCE * Math.max(1, Math.abs(goal.value()));
    }

    /** A result for x when x meets the target within tolerance, else a "none" result. */
    private static GoalSeekResult found(Scenario s, InputField input, GoalTarget goal, double x,
                                        GoalSeekResult.Method method) {
        double achieved = goal.measure(CostModel.of(s.with(input, x)));
        if (!input.isValid(x) || !(Math.abs(achieved - goal.value()) <= tolerance(goal))) {
            return new GoalSeekResult(input, goal, OptionalDouble.empty(), Double.NaN, GoalSeekResult.Method.NONE,
                    "no exact solution near " + num(x));
        }
        return new GoalSeekResult(input, goal, OptionalDouble.of(x), achieved, method,
                input.jsonName() + " = " + num(x) + " gives " + goal.describe());
    }

    private static GoalSeekResult none(InputField input, GoalTarget goal, double[] xs, String why) {
        return new GoalSeekResult(input, goal, OptionalDouble.empty(), Double.NaN, GoalSeekResult.Method.NONE,
                "no solution in range: no " + input.jsonName() + " in " + num(xs[0]) + " … " + num(xs[xs.length - 1])
                        + " gives " + goal.describe() + "; " + why);
    }

    private static String num(double v) {
        return Numbers.format(v);
    }
}
