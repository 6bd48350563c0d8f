package org.llmcostplanner.analysis;

import org.llmcostplanner.model.BreakEvenKind;
import org.llmcostplanner.model.BreakEvenSolver;
import org.llmcostplanner.model.CostModel;

/**
 * What a goal seek aims at: a figure of the cost model and the value it should take.
 * {@link #measure(CostModel)} gives the figure for one scenario; "never" / "none" answers count as
 * +∞, so a search can still compare them with the target (they are larger than any volume or month).
 */
public sealed interface GoalTarget {

    /** The value the figure should reach. */
    double value();

    /** The figure for this model; +∞ when there is none (no break-even, no payback). */
    double measure(CostModel model);

    /** The same target read at the scenario's own volume (used when the volume itself is solved for). */
    GoalTarget atScenarioVolume();

    /** One line for a report or the UI, e.g. "monthly savings = 500 at 10000 req/day". */
    String describe();

    /**
     * Monthly savings, apiOnly − plan, equal to {@code amount} USD at a volume.
     *
     * @param requestsPerDay the volume; null = the scenario's own requestsPerDay
     */
    record Savings(double amount, Double requestsPerDay) implements GoalTarget {
        @Override
        public double value() {
            return amount;
        }

        @Override
        public double measure(CostModel model) {
            return model.savings(volume(model, requestsPerDay));
        }

        @Override
        public GoalTarget atScenarioVolume() {
            return new Savings(amount, null);
        }

        @Override
        public String describe() {
            return "monthly savings = " + num(amount) + " USD" + at(requestsPerDay);
        }
    }

    /** The with-ops break-even volume equal to {@code requestsPerDay}. */
    record BreakEvenWithOps(double requestsPerDay) implements GoalTarget {
        @Override
        public double value() {
            return requestsPerDay;
        }

        @Override
        public double measure(CostModel model) {
            var be = BreakEvenSolver.solve(model, BreakEvenKind.WITH_OPS).requestsPerDay();
            return be.isPresent() ? be.getAsDouble() : Double.POSITIVE_INFINITY;
        }

        @Override
        public GoalTarget atScenarioVolume() {
            return this;
        }

        @Override
        public String describe() {
            return "break-even with ops = " + num(requestsPerDay) + " req/day";
        }
    }

    /**
     * Payback of the one-time cost in {@code months} at a volume.
     *
     * @param requestsPerDay the volume; null = the scenario's own requestsPerDay
     */
    record Payback(double months, Double requestsPerDay) implements GoalTarget {
        @Override
        public double value() {
            return months;
        }

        @Override
        public double measure(CostModel model) {
            double p = model.paybackMonths(volume(model, requestsPerDay));
            return Double.isNaN(p) ? Double.POSITIVE_INFINITY : p;
        }

        @Override
        public GoalTarget atScenarioVolume() {
            return new Payback(months, null);
        }

        @Override
        public String describe() {
            return "payback = " + num(months) + " months" + at(requestsPerDay);
        }
    }

    private static double volume(CostModel model, Double requestsPerDay) {
        return requestsPerDay != null ? requestsPerDay : model.scenario().workload().requestsPerDay();
    }

    private static String at(Double requestsPerDay) {
        return requestsPerDay == null ? " at the scenario's volume" : " at " + num(requestsPerDay) + " req/day";
    }

    private static String num(double v) {
        return Numbers.format(v);
    }
}
