package org.llmcostplanner.model;

/**
 * Hosted API prices, USD per million tokens.
 *
 * @param model                   free-text label of the API model (may be null)
 * @param cachedInputPricePerMTok explicit cache-read price, or null to follow 0.1 × input price
 *                                (the spec's default), so moving the input price moves it too
 */
public record ApiPricing(String model, double inputPricePerMTok, double outputPricePerMTok,
                         Double cachedInputPricePerMTok, double cacheHitShare,
                         double batchShare, double batchDiscount) {

    /** Cache reads cost a tenth of the input price unless a scenario says otherwise. */
    public static final double DEFAULT_CACHED_PRICE_FACTOR = 0.1;

    public static ApiPricing defaults() {
        return new ApiPricing(null, 3.0, 15.0, null, 0, 0, 0.5);
    }

    /** The cache-read price in force: the explicit one, or 0.1 × the input price. */
    public double effectiveCachedInputPricePerMTok() {
        return cachedInputPricePerMTok != null
                ? cachedInputPricePerMTok
                : DEFAULT_CACHED_PRICE_FACTOR * inputPricePerMTok;
    }
}
