package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Laws of the break-even on generated scenarios, checked against the cost model itself
 * (plan and apiOnly evaluated at volumes near and between the reported crossings).
 */
class BreakEvenProperties {

    /**
     * Rounding slack when comparing two monthly costs: the crossing is a quotient of sums, so the
     * costs at volumes a hair away from it can differ by rounding of their own size.
     */
    private static final double REL = 1e-9;
    /** How far "just above / just below" a crossing is, relative to the volume (or 1 req/day). */
    private static final double NEAR = 1e-6;

    @Provide
    Arbitrary<Scenario> scenarios() {
        return ValidScenarios.any();
    }

    @Provide
    Arbitrary<Scenario> smallScenarios() {
        return ValidScenarios.small();
    }

    @Provide
    Arbitrary<BreakEvenKind> kinds() {
        return Arbitraries.of(BreakEvenKind.class);
    }

    private static double slack(CostModel m, BreakEvenKind kind, double v) {
        return REL * Math.max(1, Math.max(m.apiOnly(v), m.plan(v, kind)));
    }

    private static boolean notDearer(CostModel m, BreakEvenKind kind, double v) {
        return m.plan(v, kind) <= m.apiOnly(v) + slack(m, kind, v);
    }

    private static boolean notCheaper(CostModel m, BreakEvenKind kind, double v) {
        return m.plan(v, kind) >= m.apiOnly(v) - slack(m, kind, v);
    }

    @Property(tries = 2000)
    void planIsNotDearerJustAboveTheBreakEvenAndDearerJustBelowIt(@ForAll("scenarios") Scenario s,
                                                                 @ForAll("kinds") BreakEvenKind kind) {
        CostModel m = CostModel.of(s);
        BreakEven be = BreakEvenSolver.solve(m, kind);
        Statistics.label("break-even").collect(be.isNever() ? "never" : be.requestsPerDay().getAsDouble() == 0 ? "0" : "> 0");
        Statistics.label("break-even").coverage(c -> c.check("> 0").percentage(p -> p > 40));
        if (be.isNever()) {
            return;
        }
        double v = be.requestsPerDay().getAsDouble();
        List<Crossing> cs = be.crossings();
        double step = NEAR * Math.max(1, v);
        // Stay inside the window that starts here, however narrow: up to halfway to the next crossing.
        double next = cs.stream().mapToDouble(Crossing::requestsPerDay).filter(x -> x > v).findFirst()
                .orElse(Double.POSITIVE_INFINITY);
        double above = v + Math.min(step, (next - v) / 2);
        assertTrue(notDearer(m, kind, above), () -> "dearer just above " + v + " at " + above + ": plan "
                + m.plan(above, kind) + " vs API " + m.apiOnly(above) + ", crossings " + cs);
        if (v > 0) {
            double previous = cs.stream().mapToDouble(Crossing::requestsPerDay).filter(x -> x < v).max().orElse(0);
            double below = v - Math.min(step, (v - previous) / 2);
            assertTrue(notCheaper(m, kind, below), () -> "cheaper just below " + v + " at " + below);
        }
    }

    @Property(tries = 2000)
    void crossingsAreSortedAlternateAndStartWithTheBreakEven(@ForAll("scenarios") Scenario s,
                                                             @ForAll("kinds") BreakEvenKind kind) {
        BreakEven be = BreakEvenSolver.solve(s, kind);
        List<Crossing> cs = be.crossings();
        Statistics.label("crossings").collect(cs.size() > 1 ? "several" : cs.size() == 1 ? "one" : "none");
        Statistics.label("crossings").coverage(c -> c.check("several").percentage(p -> p > 8));
        assertTrue(cs.size() <= BreakEvenSolver.MAX_CROSSINGS);
        if (be.isNever()) {
            assertTrue(cs.isEmpty(), () -> "never, yet crossings " + cs);
            assertFalse(be.crossingsTruncated());
            return;
        }
        double v = be.requestsPerDay().getAsDouble();
        assertTrue(v >= 0 && v <= BreakEvenSolver.MAX_VOLUME);
        if (v > 0) {
            assertEquals(v, cs.get(0).requestsPerDay(), "the break-even is the first crossing");
        }
        // From 0 the plan is cheaper exactly when the break-even is 0; each crossing flips that.
        boolean cheaper = v == 0;
        double last = 0;
        for (Crossing c : cs) {
            assertEquals(!cheaper, c.planBecomesCheaper(), () -> "directions alternate: " + cs);
            assertTrue(c.requestsPerDay() > last && c.requestsPerDay() <= BreakEvenSolver.MAX_VOLUME,
                    () -> "sorted, in (0, 1e9]: " + cs);
            cheaper = c.planBecomesCheaper();
            last = c.requestsPerDay();
        }
        if (be.crossingsTruncated()) {
            assertEquals(BreakEvenSolver.MAX_CROSSINGS, cs.size());
        }
    }

    /** Between two listed crossings the cost model agrees with the direction of the earlier one. */
    @Property(tries = 2000)
    void theModelAgreesWithEachCrossingsDirection(@ForAll("scenarios") Scenario s,
                                                  @ForAll("kinds") BreakEvenKind kind) {
        CostModel m = CostModel.of(s);
        BreakEven be = BreakEvenSolver.solve(m, kind);
        List<Crossing> cs = be.crossings();
        if (!cs.isEmpty()) {
            double first = cs.get(0).requestsPerDay();
            boolean cheaperBefore = !cs.get(0).planBecomesCheaper();
            double mid = first / 2;
            assertTrue(cheaperBefore ? notDearer(m, kind, mid) : notCheaper(m, kind, mid), "before " + first);
        }
        for (int i = 0; i < cs.size(); i++) {
            Crossing c = cs.get(i);
            double end = i + 1 < cs.size() ? cs.get(i + 1).requestsPerDay()
                    : be.crossingsTruncated() ? c.requestsPerDay()
                    : Math.min(BreakEvenSolver.MAX_VOLUME, Math.max(2 * c.requestsPerDay(), 1));
            double mid = (c.requestsPerDay() + end) / 2;
            if (mid == c.requestsPerDay()) {
                continue; // the next crossing is unlisted (truncated) or beyond the search range
            }
            int at = i;
            assertTrue(c.planBecomesCheaper() ? notDearer(m, kind, mid) : notCheaper(m, kind, mid),
                    () -> "after crossing " + at + " at " + c.requestsPerDay() + ", at " + mid + ": " + cs);
        }
    }

    /** "Never" means the plan is nowhere cheaper in 0 … 1e9. */
    @Property(tries = 1000)
    void neverMeansNotCheaperAnywhere(@ForAll("scenarios") Scenario s, @ForAll("kinds") BreakEvenKind kind,
                                      @ForAll @DoubleRange(min = 0, max = 1) double where) {
        CostModel m = CostModel.of(s);
        BreakEven be = BreakEvenSolver.solve(m, kind);
        Statistics.label("never").collect(be.isNever());
        Statistics.label("never").coverage(c -> c.check(true).percentage(p -> p > 10));
        if (be.isNever()) {
            double v = Math.pow(where, 6) * BreakEvenSolver.MAX_VOLUME;  // spread over every magnitude
            assertTrue(notCheaper(m, kind, v), () -> "never, yet cheaper at " + v);
        }
    }

    /** Ops only make the plan dearer, so its break-even can only come later than the raw one. */
    @Property(tries = 1000)
    void breakEvenWithOpsIsNeverBeforeTheRawOne(@ForAll("scenarios") Scenario s) {
        BreakEven raw = BreakEvenSolver.solve(s, BreakEvenKind.RAW);
        BreakEven withOps = BreakEvenSolver.solve(s, BreakEvenKind.WITH_OPS);
        if (!withOps.isNever()) {
            assertFalse(raw.isNever());
            double r = raw.requestsPerDay().getAsDouble();
            double o = withOps.requestsPerDay().getAsDouble();
            assertTrue(r <= o * (1 + REL), () -> "raw " + r + " after with-ops " + o);
        }
    }

    /**
     * An independent oracle: on small plans a brute-force scan of savings every 0.5 req/day over
     * 0 … 50,000 must not find the plan cheaper anywhere before the reported break-even.
     */
    @Property(tries = 1000)
    void aFineScanFindsNothingCheaperBeforeTheBreakEven(@ForAll("smallScenarios") Scenario s,
                                                        @ForAll("kinds") BreakEvenKind kind) {
        CostModel m = CostModel.of(s);
        BreakEven be = BreakEvenSolver.solve(m, kind);
        double reported = be.isNever() ? Double.POSITIVE_INFINITY : be.requestsPerDay().getAsDouble();
        double scanEnd = 50_000;
        Statistics.label("break-even within the scan").collect(reported <= scanEnd);
        Statistics.label("break-even within the scan").coverage(c -> c.check(true).percentage(p -> p > 25));
        for (int i = 0; i <= 100_000; i++) {
            double v = i * 0.5;
            if (v >= reported) {
                break;
            }
            double savings = m.apiOnly(v) - m.plan(v, kind);
            if (savings > slack(m, kind, v)) {
                // A point cheaper by more than rounding: the plan is cheaper on an interval ending
                // there (costs are linear between steps, and steps only make the plan dearer), so
                // the break-even cannot lie after it.
                throw new AssertionError("plan cheaper by " + savings + " at " + v
                        + " but break-even reported at " + reported + " (" + kind + ")");
            }
        }
    }
}
