package org.llmcostplanner.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Arbitrary valid scenarios for property tests, built by walking {@link InputField}: each input
 * is drawn inside its own valid range, capped at a sensible magnitude (prices in dollars, not
 * 1e300), with its range ends as edge cases; both billings; throughput sometimes not modelled;
 * the cached price sometimes left to follow the input price.
 */
final class ValidScenarios {

    private ValidScenarios() {
    }

    /** Largest value drawn for each open-ended input: generous, but the size of real plans. */
    private static final Map<InputField, Double> TYPICAL = caps(
            1e7, 31, 1e5, 1e4,          // volume, days, tokens in/out
            200, 200, 200,              // $/MTok in, out, cached
            1e4, 10, 1e4,               // flat $/month, $/h, tok/s
            500, 200, 500, 200, 60, 24  // dev rate, maintenance, setup, code, ramp days, h/ramp day
    );

    /**
     * Small plans whose crossings mostly fall below 50,000 req/day, for brute-force scans: few
     * tokens, cheap GPUs with low throughput (so instance steps come every few hundred requests).
     */
    private static final Map<InputField, Double> SMALL = caps(
            5e4, 31, 4000, 500,
            20, 60, 20,
            100, 2, 200,
            100, 5, 20, 10, 5, 8
    );

    static Arbitrary<Scenario> typical() {
        return scenarios(TYPICAL, 1);
    }

    static Arbitrary<Scenario> small() {
        return Arbitraries.oneOf(scenarios(SMALL, 0.05), stepped(scenarios(SMALL, 0.05)));
    }

    /** Typical and small plans, and typical ones on the edge of paying for each instance. */
    static Arbitrary<Scenario> any() {
        return Arbitraries.oneOf(typical(), small(), stepped(typical()));
    }

    /**
     * Flat-billed plans whose instances barely pay for themselves: the throughput is set so that
     * a full instance replaces between 1.001 and 3 times its price in API spend. Such plans cross
     * the API line again at each instance step, often many times, which random inputs rarely do.
     * Scenarios where that cannot be arranged (σ, price, API cost or output tokens 0) stay as drawn.
     */
    static Arbitrary<Scenario> stepped(Arbitrary<Scenario> base) {
        Arbitrary<Double> margin = uniform(0.001, 2);
        return Combinators.combine(base, margin).as((s, x) -> {
            Scenario flat = s.withBilling(Billing.FLAT);
            CostModel m = CostModel.of(flat);
            double perRequestDay = flat.workload().billingDaysPerMonth() * m.apiCostPerRequest();
            double price = flat.selfHost().flatMonthlyCost();
            double tout = flat.workload().outputTokensPerRequest();
            if (perRequestDay <= 0 || price <= 0 || tout <= 0 || m.selfHostShare() <= 0) {
                return flat;
            }
            // One instance serves 86,400·u·S/(σ·Tout) req/day, worth D·c·σ times that in API spend.
            double tps = price * (1 + x) * tout / (perRequestDay * 86_400 * flat.selfHost().utilization());
            return InputField.OUTPUT_TOKENS_PER_SECOND.with(flat, tps);
        }).withoutEdgeCases();
    }

    private static Map<InputField, Double> caps(double volume, double days, double tin, double tout,
                                                double pin, double pout, double pc,
                                                double flat, double hourly, double tps,
                                                double rate, double maint, double setup, double code,
                                                double rampDays, double perRampDay) {
        Map<InputField, Double> m = new EnumMap<>(InputField.class);
        m.put(InputField.REQUESTS_PER_DAY, volume);
        m.put(InputField.BILLING_DAYS_PER_MONTH, days);
        m.put(InputField.INPUT_TOKENS_PER_REQUEST, tin);
        m.put(InputField.OUTPUT_TOKENS_PER_REQUEST, tout);
        m.put(InputField.INPUT_PRICE_PER_MTOK, pin);
        m.put(InputField.OUTPUT_PRICE_PER_MTOK, pout);
        m.put(InputField.CACHED_INPUT_PRICE_PER_MTOK, pc);
        m.put(InputField.FLAT_MONTHLY_COST, flat);
        m.put(InputField.HOURLY_RATE, hourly);
        m.put(InputField.OUTPUT_TOKENS_PER_SECOND, tps);
        m.put(InputField.DEV_RATE_PER_HOUR, rate);
        m.put(InputField.MAINTENANCE_HOURS_PER_MONTH, maint);
        m.put(InputField.SETUP_HOURS, setup);
        m.put(InputField.CODE_MIGRATION_HOURS, code);
        m.put(InputField.RAMP_DAYS, rampDays);
        m.put(InputField.HOURS_PER_RAMP_DAY, perRampDay);
        return m;
    }

    private static Arbitrary<Scenario> scenarios(Map<InputField, Double> caps, double minThroughput) {
        List<InputField> fields = new ArrayList<>();
        List<Arbitrary<Double>> values = new ArrayList<>();
        for (InputField f : InputField.values()) {
            if (f == InputField.CACHED_INPUT_PRICE_PER_MTOK) {
                continue; // drawn separately: it may be left to follow the input price
            }
            fields.add(f);
            values.add(f == InputField.OUTPUT_TOKENS_PER_SECOND
                    ? throughput(caps.get(f), minThroughput)
                    : value(f, caps.getOrDefault(f, f.max())));
        }
        Arbitrary<Scenario> inputs = Combinators.combine(values).as(vs -> {
            Scenario s = Scenario.defaults();
            for (int i = 0; i < fields.size(); i++) {
                s = fields.get(i).with(s, vs.get(i));
            }
            return s;
        });
        InputField cached = InputField.CACHED_INPUT_PRICE_PER_MTOK;
        Arbitrary<Double> cachedPrice = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Double.NaN)),  // NaN here = keep the default 0.1 × input
                Tuple.of(2, value(cached, caps.get(cached))));
        return Combinators.combine(inputs, Arbitraries.of(Billing.class), cachedPrice)
                .as((s, billing, pc) -> {
                    Scenario withBilling = s.withBilling(billing);
                    return Double.isNaN(pc) ? withBilling : cached.with(withBilling, pc);
                })
                // Range ends are drawn on purpose above; combining every field's edge cases would
                // crowd out random scenarios (jqwik would spend all tries on edge-case combinations).
                .withoutEdgeCases();
    }

    /** Sustained tokens/s: 0 (capacity not modelled) or spread over several orders of magnitude. */
    private static Arbitrary<Double> throughput(double max, double min) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(3, logUniform(min, max)));
    }

    /** One input inside its valid range and cap: its ends, uniform, and (for wide ranges) log-uniform. */
    static Arbitrary<Double> value(InputField f, double cap) {
        double hi = Math.min(f.max(), cap);
        double lo = f.minExclusive() ? hi * 1e-3 : f.min();
        Arbitrary<Double> uniform = uniform(lo, hi);
        if (hi <= 1) {
            return Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(lo)),
                    Tuple.of(1, Arbitraries.just(hi)),
                    Tuple.of(6, uniform));
        }
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(lo)),
                Tuple.of(1, Arbitraries.just(hi)),
                Tuple.of(4, uniform),
                Tuple.of(4, logUniform(Math.max(lo, hi * 1e-4), hi)));
    }

    private static Arbitrary<Double> logUniform(double lo, double hi) {
        double a = Math.floor(Math.log10(lo) * 1e6) / 1e6;  // bounds must fit the scale
        double b = Math.ceil(Math.log10(hi) * 1e6) / 1e6;
        return uniform(a, b).map(e -> Math.max(lo, Math.min(hi, Math.pow(10, e))));
    }

    /** Uniform on [lo, hi]; jqwik's default would crowd values near 0, its shrinking target. */
    private static Arbitrary<Double> uniform(double lo, double hi) {
        return Arbitraries.doubles().between(lo, hi).ofScale(9).withDistribution(RandomDistribution.uniform());
    }
}
