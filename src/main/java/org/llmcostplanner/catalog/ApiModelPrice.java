package org.llmcostplanner.catalog;

import static org.llmcostplanner.catalog.EntryChecks.optionalPrice;
import static org.llmcostplanner.catalog.EntryChecks.optionalText;
import static org.llmcostplanner.catalog.EntryChecks.requirePresent;
import static org.llmcostplanner.catalog.EntryChecks.requirePrice;
import static org.llmcostplanner.catalog.EntryChecks.requireText;

import java.time.LocalDate;
import java.util.OptionalDouble;
import org.llmcostplanner.model.ApiPricing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * List prices of one hosted API model, USD per million tokens.
 *
 * @param cachedInputPricePerMTok price of prompt-cache reads; null when the source gives none
 * @param batchInputPricePerMTok  batch-API input price; null when not given
 * @param batchOutputPricePerMTok batch-API output price; null when not given
 * @param batchDiscount           batch discount (0.5 = 50 % off) when the source states it as a
 *                                discount rather than as prices; null when not given
 */
public record ApiModelPrice(String name, String provider, double inputPricePerMTok,
                            double outputPricePerMTok, Double cachedInputPricePerMTok,
                            Double batchInputPricePerMTok, Double batchOutputPricePerMTok,
                            Double batchDiscount, String source, LocalDate checked,
                            Confidence confidence, String note) implements CatalogEntry {

    public static final String KIND = "api";

    /** Batch prices that differ by less than this share count as one discount. */
    private static final double SAME_DISCOUNT_TOLERANCE = 1e-9;

    public ApiModelPrice {
        name = requireText("name", name);
        provider = provider == null ? "" : provider.strip();
        requirePrice("inputPricePerMTok", inputPricePerMTok, InputField.INPUT_PRICE_PER_MTOK);
        requirePrice("outputPricePerMTok", outputPricePerMTok, InputField.OUTPUT_PRICE_PER_MTOK);
        optionalPrice("cachedInputPricePerMTok", cachedInputPricePerMTok, InputField.CACHED_INPUT_PRICE_PER_MTOK);
        optionalPrice("batchInputPricePerMTok", batchInputPricePerMTok, InputField.INPUT_PRICE_PER_MTOK);
        optionalPrice("batchOutputPricePerMTok", batchOutputPricePerMTok, InputField.OUTPUT_PRICE_PER_MTOK);
        optionalPrice("batchDiscount", batchDiscount, InputField.BATCH_DISCOUNT);
        source = requireText("source", source);
        requirePresent("checked", checked);
        requirePresent("confidence", confidence);
        note = optionalText(note);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * The batch discount as the cost model uses it (one share off the whole request): the stated
     * discount, else the one implied by the batch prices when input and output agree; empty when
     * unknown or when input and output are discounted differently.
     */
    public OptionalDouble effectiveBatchDiscount() {
        if (batchDiscount != null) {
            return OptionalDouble.of(batchDiscount);
        }
        if (batchInputPricePerMTok == null || batchOutputPricePerMTok == null
                || inputPricePerMTok <= 0 || outputPricePerMTok <= 0) {
            return OptionalDouble.empty();
        }
        double in = 1 - batchInputPricePerMTok / inputPricePerMTok;
        double out = 1 - batchOutputPricePerMTok / outputPricePerMTok;
        boolean sameShare = Math.abs(in - out) <= SAME_DISCOUNT_TOLERANCE;
        return sameShare && InputField.BATCH_DISCOUNT.isValid(in) ? OptionalDouble.of(in) : OptionalDouble.empty();
    }

    /**
     * Fills the scenario's API input, output and cache-read prices and model label. Without a
     * cache-read price the scenario follows the spec's default (0.1 × input) instead of keeping a
     * previous model's price. The batch discount is set only when this entry knows it.
     */
    @Override
    public Scenario applyTo(Scenario scenario) {
        Scenario s = scenario
                .with(InputField.INPUT_PRICE_PER_MTOK, inputPricePerMTok)
                .with(InputField.OUTPUT_PRICE_PER_MTOK, outputPricePerMTok);
        OptionalDouble discount = effectiveBatchDiscount();
        if (discount.isPresent()) {
            s = s.with(InputField.BATCH_DISCOUNT, discount.getAsDouble());
        }
        ApiPricing a = s.api();
        return s.withApi(new ApiPricing(name, a.inputPricePerMTok(), a.outputPricePerMTok(),
                cachedInputPricePerMTok, a.cacheHitShare(), a.batchShare(), a.batchDiscount()));
    }
}
