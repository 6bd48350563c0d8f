package org.llmcostplanner.model;

/**
 * Hand-written scenarios for the unit tests. Every expected value in the tests is worked out by
 * hand from the spec's formulas with these inputs, never by calling the code under test.
 */
final class Scenarios {

    private Scenarios() {
    }

    /**
     * The seed article's inputs (spec, "Seed article"): D = 22, Tin = 500, Tout = 100, $3/$15 per
     * MTok, F = $20 flat, m = 3 h at r = $60/h, setup 5 h + code migration 1 h, σ = 1.
     * So c = (500·3 + 100·15)/1e6 = 0.003 and D·c = 0.066 USD per (request/day) a month.
     */
    static Scenario seed(double requestsPerDay) {
        return new Scenario("seed", "", new Workload(requestsPerDay, 22, 500, 100),
                new ApiPricing(null, 3, 15, null, 0, 0, 0.5),
                new SelfHost(null, null, Billing.FLAT, 20, 0, 0, 1, 0),
                new Ops(60, 3, 5, 1, 0, 8, 0),
                new Routing(1));
    }

    static Scenario withHost(Scenario s, Billing billing, double flat, double hourly, double tps,
                             double utilization, double minHours) {
        return s.withSelfHost(new SelfHost(null, null, billing, flat, hourly, tps, utilization, minHours));
    }

    static Scenario withShare(Scenario s, double share) {
        return s.withRouting(new Routing(share));
    }
}
