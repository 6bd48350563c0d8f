package org.llmcostplanner.io;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.llmcostplanner.model.ApiPricing;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.SelfHost;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A save/load round trip returns an equal scenario, for every valid scenario. */
class ScenarioRoundTripPropertyTest {

    @Property(tries = 1000)
    void toJsonThenParseReturnsAnEqualScenario(@ForAll("scenarios") Scenario scenario) throws Exception {
        String json = ScenarioFile.toJson(scenario);
        Scenario back = ScenarioFile.parse(ScenarioFile.toBytes(scenario), "round-trip");
        assertEquals(scenario, back, json);
        assertEquals(json, ScenarioFile.toJson(back), "writing the loaded scenario gives the same text");
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        List<Arbitrary<Double>> values = new ArrayList<>();
        for (InputField f : InputField.values()) {
            values.add(valuesOf(f));
        }
        Arbitrary<double[]> numbers = Combinators.combine(values).as(list ->
                list.stream().mapToDouble(Double::doubleValue).toArray());
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> label = Arbitraries.oneOf(text, Arbitraries.just(null));
        return Combinators.combine(numbers, text, text, label, label, label,
                        Arbitraries.of(Billing.class), Arbitraries.of(true, false))
                .as((nums, name, notes, apiModel, hostModel, gpu, billing, cacheFollowsInput) -> {
                    Scenario s = Scenario.defaults().withName(name).withNotes(notes).withBilling(billing);
                    InputField[] fields = InputField.values();
                    for (int i = 0; i < fields.length; i++) {
                        s = s.with(fields[i], nums[i]);
                    }
                    ApiPricing a = s.api();
                    s = s.withApi(new ApiPricing(apiModel, a.inputPricePerMTok(), a.outputPricePerMTok(),
                            cacheFollowsInput ? null : a.cachedInputPricePerMTok(), a.cacheHitShare(),
                            a.batchShare(), a.batchDiscount()));
                    SelfHost h = s.selfHost();
                    return s.withSelfHost(new SelfHost(hostModel, gpu, h.billing(), h.flatMonthlyCost(),
                            h.hourlyRate(), h.outputTokensPerSecond(), h.utilization(), h.minBilledHoursPerDay()));
                });
    }

    /** Values across the field's valid range: edges, short decimals and full-precision doubles. */
    static Arbitrary<Double> valuesOf(InputField f) {
        double max = f.max() == Double.MAX_VALUE ? 1e12 : f.max();
        double low = f.minExclusive() ? Math.nextUp(f.min()) : f.min();
        List<Double> edges = new ArrayList<>(List.of(low, f.max(), Math.nextDown(max)));
        if (!f.minExclusive() && f.min() == 0) {
            edges.add(-0.0);
            edges.add(Double.MIN_VALUE);
        }
        Arbitrary<Double> decimals = Arbitraries.doubles().between(f.min(), max).ofScale(4);
        Arbitrary<Double> fullPrecision = Arbitraries.randomValue(r -> low + r.nextDouble() * (max - low));
        Arbitrary<Double> tiny = Arbitraries.randomValue(r -> low + r.nextDouble() * 1e-300);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.of(edges)),
                net.jqwik.api.Tuple.of(3, decimals),
                net.jqwik.api.Tuple.of(4, fullPrecision),
                net.jqwik.api.Tuple.of(1, tiny))
                .filter(f::isValid);
    }
}
