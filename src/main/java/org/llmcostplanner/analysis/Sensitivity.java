package org.llmcostplanner.analysis;

import java.util.ArrayList;
import java.util.List;
import org.llmcostplanner.model.BreakEvenKind;
import org.llmcostplanner.model.BreakEvenSolver;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * One-at-a-time sensitivity: each numeric input moved by −P % and +P % with all others held,
 * giving the with-ops break-even and the monthly savings at the scenario's volume.
 *
 * <p>A moved value outside the input's valid range is clamped to it (a share of 1 cannot go up
 * 20 %), so such a bar is one-sided. Inputs at 0 are listed as skipped: ±P % of 0 is 0.
 * Costs 2 model builds and 2 exact break-even solves per input; no scan.
 */
public final class Sensitivity {

    /** The tornado's default ±P. */
    public static final double DEFAULT_PERCENT = 20;

    private Sensitivity() {
    }

    public static Tornado tornado(Scenario scenario) {
        return tornado(scenario, DEFAULT_PERCENT);
    }

    /** @param percent P, ≥ 0 (e.g. 20 for ±20 %) */
    public static Tornado tornado(Scenario scenario, double percent) {
        if (!(percent >= 0) || Double.isInfinite(percent)) {
            throw new IllegalArgumentException("percent must be a finite number ≥ 0, was " + percent);
        }
        double volume = scenario.workload().requestsPerDay();
        CostModel base = CostModel.of(scenario);
        List<TornadoBar> bars = new ArrayList<>();
        List<InputField> skipped = new ArrayList<>();
        for (InputField f : InputField.values()) {
            double v = f.get(scenario);
            if (v == 0) {
                skipped.add(f);
                continue;
            }
            double lowValue = clamp(f, v * (1 - percent / 100));
            double highValue = clamp(f, v * (1 + percent / 100));
            CostModel low = CostModel.of(scenario.with(f, lowValue));
            CostModel high = CostModel.of(scenario.with(f, highValue));
            Double beLow = breakEven(low);
            Double beHigh = breakEven(high);
            // The savings are read at the scenario's volume, which moves when the volume is the input.
            double sLow = low.savings(f == InputField.REQUESTS_PER_DAY ? lowValue : volume);
            double sHigh = high.savings(f == InputField.REQUESTS_PER_DAY ? highValue : volume);
            bars.add(new TornadoBar(f, v, lowValue, highValue, beLow, beHigh, sLow, sHigh,
                    TornadoBar.swing(beLow, beHigh), Math.abs(sHigh - sLow)));
        }
        bars.sort(Tornado.BY_BREAK_EVEN_SWING);
        return new Tornado(percent, breakEven(base), base.savings(volume), bars, skipped);
    }

    /** The with-ops break-even in req/day, null when never. */
    static Double breakEven(CostModel model) {
        var be = BreakEvenSolver.solve(model, BreakEvenKind.WITH_OPS).requestsPerDay();
        return be.isPresent() ? be.getAsDouble() : null;
    }

    /** The value moved into the field's valid range (just above an excluded minimum). */
    static double clamp(InputField f, double value) {
        return Math.max(SearchDomain.lower(f), Math.min(f.max(), value));
    }
}
