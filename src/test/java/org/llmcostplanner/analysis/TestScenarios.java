package org.llmcostplanner.analysis;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.llmcostplanner.model.ApiPricing;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.Ops;
import org.llmcostplanner.model.Routing;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.SelfHost;
import org.llmcostplanner.model.Workload;

/** Scenario generators for property tests, and the seed article's scenario. */
final class TestScenarios {

    private TestScenarios() {
    }

    static Scenario seed() {
        return SeedScenario.seed();
    }

    /** Valid scenarios over realistic ranges, both billings, with and without throughput modelled. */
    static Arbitrary<Scenario> scenarios() {
        Arbitrary<Workload> workload = Combinators.combine(
                Arbitraries.doubles().between(0, 200_000), Arbitraries.doubles().between(1, 31),
                Arbitraries.doubles().between(0, 5_000), Arbitraries.doubles().between(0, 2_000))
                .as(Workload::new);
        Arbitrary<ApiPricing> api = Combinators.combine(
                Arbitraries.doubles().between(0, 20), Arbitraries.doubles().between(0, 80),
                Arbitraries.doubles().between(0, 5).injectNull(0.5), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1))
                .as((in, out, cached, hit, batch, discount) -> new ApiPricing(null, in, out, cached, hit, batch, discount));
        Arbitrary<SelfHost> host = Combinators.combine(
                Arbitraries.of(Billing.values()), Arbitraries.doubles().between(0, 5_000),
                Arbitraries.doubles().between(0, 10),
                Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(1, 3_000)),
                Arbitraries.doubles().between(0.05, 1), Arbitraries.doubles().between(0, 24))
                .as((billing, flat, hourly, tps, u, hmin) -> new SelfHost(null, null, billing, flat, hourly, tps, u, hmin));
        Arbitrary<Ops> ops = Combinators.combine(
                Arbitraries.doubles().between(0, 200), Arbitraries.doubles().between(0, 40),
                Arbitraries.doubles().between(0, 40), Arbitraries.doubles().between(0, 10),
                Arbitraries.doubles().between(0, 10), Arbitraries.doubles().between(0, 10),
                Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(1, 36)))
                .as(Ops::new);
        Arbitrary<Routing> routing = Arbitraries.oneOf(Arbitraries.just(1.0), Arbitraries.doubles().between(0, 1))
                .map(Routing::new);
        return Combinators.combine(workload, api, host, ops, routing)
                .as((w, a, h, o, r) -> new Scenario("generated", "", w, a, h, o, r));
    }

    /** Like {@link #scenarios()} but with throughput not modelled, so savings are linear in volume (one crossing). */
    static Arbitrary<Scenario> scenariosWithoutCapacity() {
        return scenarios().map(s -> s.with(org.llmcostplanner.model.InputField.OUTPUT_TOKENS_PER_SECOND, 0));
    }
}
