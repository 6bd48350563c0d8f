package org.llmcostplanner.model;

/**
 * The hybrid gateway.
 *
 * @param selfHostShare σ, share of requests routed to the self-hosted model; the rest stays on the API
 */
public record Routing(double selfHostShare) {

    public static Routing defaults() {
        return new Routing(1);
    }
}
