package org.llmcostplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class GoalSeekPropertiesTest {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return TestScenarios.scenarios();
    }

    @Provide
    Arbitrary<InputField> fields() {
        return Arbitraries.of(InputField.values());
    }

    @Provide
    Arbitrary<InputField> linearFields() {
        // Savings at a fixed volume are linear in each of these (spec formulas).
        return Arbitraries.of(InputField.INPUT_PRICE_PER_MTOK, InputField.OUTPUT_PRICE_PER_MTOK,
                InputField.CACHE_HIT_SHARE, InputField.BATCH_SHARE, InputField.BATCH_DISCOUNT,
                InputField.DEV_RATE_PER_HOUR, InputField.MAINTENANCE_HOURS_PER_MONTH, InputField.FLAT_MONTHLY_COST,
                InputField.HOURLY_RATE, InputField.INPUT_TOKENS_PER_REQUEST, InputField.BILLING_DAYS_PER_MONTH);
    }

    @Property(tries = 150)
    void aFoundValueMeetsTheSavingsTargetWhenPluggedBackIn(@ForAll("scenarios") Scenario s,
                                                          @ForAll("fields") InputField field,
                                                          @ForAll @DoubleRange(min = -5_000, max = 5_000) double target) {
        GoalSeekResult r = GoalSeek.solve(s, field, new GoalTarget.Savings(target, null));
        if (r.found()) {
            double x = r.value().getAsDouble();
            assertTrue(field.isValid(x), () -> field + " = " + x + " is out of range");
            Scenario solved = s.with(field, x);
            double savings = CostModel.of(solved).savings(solved.workload().requestsPerDay());
            assertEquals(target, savings, GoalSeek.RELATIVE_TOLERANCE * Math.max(1, Math.abs(target)));
        }
    }

    @Property(tries = 100)
    void aFoundValueMeetsTheBreakEvenTarget(@ForAll("scenarios") Scenario s, @ForAll("fields") InputField field,
                                            @ForAll @DoubleRange(min = 1, max = 100_000) double target) {
        GoalSeekResult r = GoalSeek.solve(s, field, new GoalTarget.BreakEvenWithOps(target));
        if (r.found()) {
            Double be = Sensitivity.breakEven(CostModel.of(s.with(field, r.value().getAsDouble())));
            assertEquals(target, be, GoalSeek.RELATIVE_TOLERANCE * target);
        }
    }

    @Property(tries = 150)
    void aTargetReachedInsideTheRangeOfALinearInputIsAlwaysFound(@ForAll("scenarios") Scenario s,
                                                               @ForAll("linearFields") InputField field,
                                                               @ForAll @DoubleRange(min = 0, max = 1) double position) {
        double lo = SearchDomain.lower(field);
        double hi = Math.min(field.max(), 1_000);
        double hidden = lo + (hi - lo) * position;
        double volume = s.workload().requestsPerDay();
        double target = CostModel.of(s.with(field, hidden)).savings(volume);
        GoalSeekResult r = GoalSeek.solve(s, field, new GoalTarget.Savings(target, volume));
        assertTrue(r.found(), r::message);
        assertEquals(target, r.achieved(), GoalSeek.RELATIVE_TOLERANCE * Math.max(1, Math.abs(target)));
    }
}
