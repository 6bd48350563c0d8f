package org.llmcostplanner.analysis;

import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * Monthly savings over a grid of two inputs (e.g. volume × dev rate), for a heatmap that redraws
 * while a slider is dragged. When one axis is requestsPerDay the model is built once per row of the
 * other input and read at each volume with no allocation; otherwise one small scenario copy per cell.
 */
public final class SensitivityGrid {

    private SensitivityGrid() {
    }

    public static Heatmap savings(Scenario scenario, InputField xInput, double[] xs, InputField yInput, double[] ys) {
        double[] out = new double[xs.length * ys.length];
        fill(scenario, xInput, xs, yInput, ys, out);
        return new Heatmap(xInput, xs.clone(), yInput, ys.clone(), out);
    }

    /** Writes the savings into {@code out} (row-major, length xs.length · ys.length), so a view can reuse one buffer. */
    public static void fill(Scenario scenario, InputField xInput, double[] xs, InputField yInput, double[] ys,
                            double[] out) {
        if (out.length != xs.length * ys.length) {
            throw new IllegalArgumentException("out must hold " + xs.length * ys.length + " cells, has " + out.length);
        }
        int nx = xs.length;
        if (xInput == InputField.REQUESTS_PER_DAY && yInput != InputField.REQUESTS_PER_DAY) {
            for (int row = 0; row < ys.length; row++) {
                CostModel m = CostModel.of(scenario.with(yInput, ys[row]));
                for (int col = 0; col < nx; col++) {
                    out[row * nx + col] = m.savings(xs[col]);
                }
            }
        } else if (yInput == InputField.REQUESTS_PER_DAY && xInput != InputField.REQUESTS_PER_DAY) {
            for (int col = 0; col < nx; col++) {
                CostModel m = CostModel.of(scenario.with(xInput, xs[col]));
                for (int row = 0; row < ys.length; row++) {
                    out[row * nx + col] = m.savings(ys[row]);
                }
            }
        } else {
            for (int row = 0; row < ys.length; row++) {
                Scenario rowScenario = scenario.with(yInput, ys[row]);
                for (int col = 0; col < nx; col++) {
                    Scenario cell = rowScenario.with(xInput, xs[col]);
                    out[row * nx + col] = CostModel.of(cell).savings(cell.workload().requestsPerDay());
                }
            }
        }
    }

    /**
     * n evenly spaced values of an input from −P % to +P % around its current value, clamped to the
     * valid range; from the range's lower end to 1 (or its max, if lower) when the value is 0.
     */
    public static double[] axis(InputField input, double current, double percent, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("an axis needs at least 2 points, got " + n);
        }
        double lo;
        double hi;
        if (current == 0) {
            lo = SearchDomain.lower(input);
            hi = Math.min(input.max(), Math.max(lo, 1));
        } else {
            lo = Sensitivity.clamp(input, current * (1 - percent / 100));
            hi = Sensitivity.clamp(input, current * (1 + percent / 100));
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = lo + (hi - lo) * i / (n - 1);
        }
        return values;
    }
}
