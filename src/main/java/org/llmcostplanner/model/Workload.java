package org.llmcostplanner.model;

/**
 * The traffic being priced.
 *
 * @param requestsPerDay         v, requests per billing day
 * @param billingDaysPerMonth    D, days a month that traffic is billed (the seed article needs 22)
 * @param inputTokensPerRequest  Tin
 * @param outputTokensPerRequest Tout
 */
public record Workload(double requestsPerDay, double billingDaysPerMonth,
                       double inputTokensPerRequest, double outputTokensPerRequest) {

    /** The spec's defaults: 1,000 req/day, 365/12 days, 500 in, 100 out. */
    public static Workload defaults() {
        return new Workload(1000, 365.0 / 12.0, 500, 100);
    }
}
