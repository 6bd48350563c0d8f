package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Laws of the cost model that hold for every valid scenario. */
class CostModelProperties {

    /** Rounding slack: a cost may look lower by this share of its size without the law failing. */
    private static final double REL = 1e-12;

    /** Inputs that make something dearer when they rise (volume is covered separately). */
    private static final List<InputField> RAISE_COSTS = List.of(
            InputField.BILLING_DAYS_PER_MONTH, InputField.INPUT_TOKENS_PER_REQUEST,
            InputField.OUTPUT_TOKENS_PER_REQUEST, InputField.INPUT_PRICE_PER_MTOK,
            InputField.OUTPUT_PRICE_PER_MTOK, InputField.CACHED_INPUT_PRICE_PER_MTOK,
            InputField.FLAT_MONTHLY_COST, InputField.HOURLY_RATE, InputField.MIN_BILLED_HOURS_PER_DAY,
            InputField.DEV_RATE_PER_HOUR, InputField.MAINTENANCE_HOURS_PER_MONTH, InputField.SETUP_HOURS,
            InputField.CODE_MIGRATION_HOURS, InputField.RAMP_DAYS, InputField.HOURS_PER_RAMP_DAY);

    /** Every cost the laws speak of, at a volume. */
    private static final List<ToDoubleBiFunction<CostModel, Double>> COSTS = List.of(
            (m, v) -> m.apiOnly(v), (m, v) -> m.gpu(v), (m, v) -> m.planGpu(v), (m, v) -> m.planApi(v),
            (m, v) -> m.plan(v), (m, v) -> m.planRaw(v), (m, v) -> m.ops(), (m, v) -> m.oneTimeCost(),
            (m, v) -> m.migration());

    @Provide
    Arbitrary<Scenario> scenarios() {
        return ValidScenarios.typical();
    }

    @Provide
    Arbitrary<InputField> costRaisingInputs() {
        return Arbitraries.of(RAISE_COSTS);
    }

    @Provide
    Arbitrary<InputField> costLoweringInputs() {
        return Arbitraries.of(InputField.OUTPUT_TOKENS_PER_SECOND, InputField.UTILIZATION,
                InputField.BATCH_SHARE, InputField.BATCH_DISCOUNT);
    }

    private static void assertNotBelow(double before, double after, String what) {
        double slack = REL * Math.max(1, Math.max(Math.abs(before), Math.abs(after)));
        assertTrue(after >= before - slack, () -> what + " fell from " + before + " to " + after);
    }

    /** A larger valid value of the field: a step of t toward its sensible cap (or its range end). */
    private static double raised(InputField f, double value, double t) {
        double bigger = value + t * (1 + Math.abs(value));
        return Math.min(f.max(), bigger);
    }

    @Property(tries = 1000)
    void generatedScenariosAreValid(@ForAll("scenarios") Scenario s) {
        assertNull(s.firstInvalidInput());
    }

    @Property(tries = 1000)
    void costsNeverFallAsVolumeRises(@ForAll("scenarios") Scenario s,
                                     @ForAll @DoubleRange(min = 0, max = 1e6) double more) {
        CostModel m = CostModel.of(s);
        double v = s.workload().requestsPerDay();
        double w = Math.min(BreakEvenSolver.MAX_VOLUME, v + more);
        for (int i = 0; i < COSTS.size(); i++) {
            assertNotBelow(COSTS.get(i).applyAsDouble(m, v), COSTS.get(i).applyAsDouble(m, w), "cost #" + i);
        }
    }

    @Property(tries = 1000)
    void costsNeverFallAsPricesTokensHoursOrRatesRise(@ForAll("scenarios") Scenario s,
                                                      @ForAll("costRaisingInputs") InputField f,
                                                      @ForAll @DoubleRange(min = 0, max = 10) double t) {
        Scenario dearer = f.with(s, raised(f, f.get(s), t));
        assertNull(dearer.firstInvalidInput());
        CostModel before = CostModel.of(s);
        CostModel after = CostModel.of(dearer);
        double v = s.workload().requestsPerDay();
        assertNotBelow(before.apiCostPerRequest(), after.apiCostPerRequest(), f + ": API cost per request");
        for (int i = 0; i < COSTS.size(); i++) {
            assertNotBelow(COSTS.get(i).applyAsDouble(before, v), COSTS.get(i).applyAsDouble(after, v),
                    f + ": cost #" + i);
        }
    }

    /** Faster GPUs, better utilization and more or deeper batch discounts never make anything dearer. */
    @Property(tries = 1000)
    void costsNeverRiseAsThroughputUtilizationOrBatchingRise(@ForAll("scenarios") Scenario s,
                                                             @ForAll("costLoweringInputs") InputField f,
                                                             @ForAll @DoubleRange(min = 0, max = 10) double t) {
        // Throughput 0 means "not modelled" (one instance, nothing billed per hour), not "infinitely slow".
        double value = f.get(s);
        if (f == InputField.OUTPUT_TOKENS_PER_SECOND && value == 0) {
            value = 1;
            s = f.with(s, value);
        }
        Scenario cheaper = f.with(s, raised(f, value, t));
        assertNull(cheaper.firstInvalidInput());
        CostModel before = CostModel.of(s);
        CostModel after = CostModel.of(cheaper);
        double v = s.workload().requestsPerDay();
        for (int i = 0; i < COSTS.size(); i++) {
            assertNotBelow(COSTS.get(i).applyAsDouble(after, v), COSTS.get(i).applyAsDouble(before, v),
                    f + ": cost #" + i);
        }
    }

    @Property(tries = 1000)
    void moreCacheHitsNeverRaiseApiCostWhenCachedTokensAreCheaper(
            @ForAll("scenarios") Scenario s,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double cachedShareOfPrice,
            @ForAll @DoubleRange(min = 0, max = 1) double h1,
            @ForAll @DoubleRange(min = 0, max = 1) double h2) {
        double pin = s.api().inputPricePerMTok();
        Scenario base = InputField.CACHED_INPUT_PRICE_PER_MTOK.with(s, cachedShareOfPrice * pin);
        double low = Math.min(h1, h2);
        double high = Math.max(h1, h2);
        CostModel fewer = CostModel.of(InputField.CACHE_HIT_SHARE.with(base, low));
        CostModel more = CostModel.of(InputField.CACHE_HIT_SHARE.with(base, high));
        double v = s.workload().requestsPerDay();
        assertNotBelow(more.apiCostPerRequest(), fewer.apiCostPerRequest(), "API cost per request");
        assertNotBelow(more.apiOnly(v), fewer.apiOnly(v), "apiOnly");
        assertNotBelow(more.plan(v), fewer.plan(v), "plan");
    }

    @Property(tries = 1000)
    void nothingSelfHostedIsTheApiBillAndNeverBreaksEven(@ForAll("scenarios") Scenario s,
                                                        @ForAll @DoubleRange(min = 0, max = 1e9) double v) {
        CostModel m = CostModel.of(InputField.SELF_HOST_SHARE.with(s, 0));
        assertEquals(m.apiOnly(v), m.plan(v));
        assertEquals(m.apiOnly(v), m.planRaw(v));
        assertEquals(0.0, m.savings(v));
        MonthlyCosts c = m.monthly(v);
        assertEquals(0.0, c.gpu());
        assertEquals(0.0, c.ops());
        assertEquals(0.0, c.migration());
        assertEquals(-1, m.gpuInstances(v));
        assertTrue(Double.isNaN(m.paybackMonths(v)));
        for (BreakEvenKind kind : BreakEvenKind.values()) {
            BreakEven be = BreakEvenSolver.solve(m, kind);
            assertTrue(be.isNever(), kind + " break-even");
            assertTrue(be.crossings().isEmpty(), kind + " crossings");
        }
    }

    @Property(tries = 1000)
    void monthlyFiguresAreThePlanInParts(@ForAll("scenarios") Scenario s) {
        CostModel m = CostModel.of(s);
        double v = s.workload().requestsPerDay();
        MonthlyCosts c = m.monthly(v);
        assertEquals(m.apiOnly(v), c.apiOnly());
        assertEquals(m.plan(v), c.plan(), REL * Math.max(1, c.plan()));
        assertEquals(c.planApi() + c.gpu() + c.ops() + c.migration(), c.plan(), REL * Math.max(1, c.plan()));
        assertEquals(c.apiOnly() - c.plan(), c.savings(), REL * Math.max(1, c.apiOnly()));
    }
}
