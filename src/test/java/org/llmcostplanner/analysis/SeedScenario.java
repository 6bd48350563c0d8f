package org.llmcostplanner.analysis;

import org.llmcostplanner.model.ApiPricing;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.Ops;
import org.llmcostplanner.model.Routing;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.SelfHost;
import org.llmcostplanner.model.Workload;

/** The seed article's scenario as the spec gives it: D = 22, 500/100 tokens, $3/$15, $20 flat, 3 h at $60, 5 + 1 h. */
final class SeedScenario {

    private SeedScenario() {
    }

    static Scenario seed() {
        return new Scenario("Seed article", "",
                new Workload(10_000, 22, 500, 100),
                new ApiPricing("Claude Sonnet 4.6", 3, 15, null, 0, 0, 0.5),
                new SelfHost("Llama 3.2 90B", "DigitalOcean GPU Droplet", Billing.FLAT, 20, 0, 0, 1, 0),
                new Ops(60, 3, 5, 1, 0, 8, 0),
                new Routing(1));
    }
}
