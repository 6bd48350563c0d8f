package org.llmcostplanner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * The benchmarks' user session (redraw benchmark, work-per-change probe): the volume alternating
 * with another input, each change kept (cumulative), from a fixed seed so every run and every
 * benchmark times the same changes.
 */
final class ChangeScript {

    private ChangeScript() {
    }

    static List<Scenario> of(int n) {
        Random random = new Random(42);
        Scenario s = Scenario.defaults().with(InputField.BILLING_DAYS_PER_MONTH, 22);
        // Not input tokens: the window keeps the token mix when they change (output tokens follow),
        // so its scenario would part from the baselines'.
        InputField[] others = {InputField.MAINTENANCE_HOURS_PER_MONTH, InputField.DEV_RATE_PER_HOUR,
            InputField.OUTPUT_TOKENS_PER_REQUEST, InputField.INPUT_PRICE_PER_MTOK, InputField.FLAT_MONTHLY_COST};
        double[][] ranges = {{0, 20}, {20, 200}, {20, 1000}, {0.5, 10}, {5, 400}};
        List<Scenario> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                s = s.with(InputField.REQUESTS_PER_DAY, Math.rint(Math.pow(10, 1 + 6 * random.nextDouble())));
            } else {
                int f = random.nextInt(others.length);
                double v = ranges[f][0] + (ranges[f][1] - ranges[f][0]) * random.nextDouble();
                s = s.with(others[f], Math.rint(v * 10) / 10);
            }
            list.add(s);
        }
        return list;
    }
}
