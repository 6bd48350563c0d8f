package org.llmcostplanner.model;

/**
 * The self-hosted side: what one GPU instance costs and serves.
 *
 * @param model                 free-text label of the open model (may be null)
 * @param gpu                   free-text label of the GPU offer (may be null)
 * @param flatMonthlyCost       F, USD per instance per month (flat billing)
 * @param hourlyRate            R, USD per instance-hour (hourly billing)
 * @param outputTokensPerSecond S, sustained output tokens/s of one instance; 0 = capacity not modelled
 * @param utilization           u, share of paid time doing useful work, (0, 1]
 * @param minBilledHoursPerDay  Hmin, hourly billing floor (keep-warm time)
 */
public record SelfHost(String model, String gpu, Billing billing, double flatMonthlyCost,
                       double hourlyRate, double outputTokensPerSecond, double utilization,
                       double minBilledHoursPerDay) {

    public SelfHost {
        if (billing == null) {
            billing = Billing.FLAT;
        }
    }

    public static SelfHost defaults() {
        return new SelfHost(null, null, Billing.FLAT, 20, 0, 0, 1, 0);
    }
}
