package org.llmcostplanner.ui;

import java.util.EnumMap;
import java.util.Map;
import org.llmcostplanner.model.InputField;

/**
 * The slider span of each input: the range worth dragging through, narrower than what the model
 * accepts (the number field beside each slider takes the whole valid range). A view concern, so
 * it lives here and not in {@link InputField}.
 */
public final class SliderSpans {

    /** The token mix: output tokens as a share of input tokens. */
    public static final SliderScale OUTPUT_SHARE_OF_INPUT = SliderScale.linear(0, 2);

    private static final Map<InputField, SliderScale> SPANS = new EnumMap<>(InputField.class);

    static {
        SPANS.put(InputField.REQUESTS_PER_DAY, SliderScale.log(10, 10_000_000));
        SPANS.put(InputField.BILLING_DAYS_PER_MONTH, SliderScale.linear(1, 31));
        SPANS.put(InputField.INPUT_TOKENS_PER_REQUEST, SliderScale.linear(0, 5_000));
        SPANS.put(InputField.OUTPUT_TOKENS_PER_REQUEST, SliderScale.linear(0, 2_000));
        SPANS.put(InputField.INPUT_PRICE_PER_MTOK, SliderScale.linear(0, 20));
        SPANS.put(InputField.OUTPUT_PRICE_PER_MTOK, SliderScale.linear(0, 100));
        SPANS.put(InputField.CACHED_INPUT_PRICE_PER_MTOK, SliderScale.linear(0, 5));
        SPANS.put(InputField.CACHE_HIT_SHARE, SliderScale.linear(0, 1));
        SPANS.put(InputField.BATCH_SHARE, SliderScale.linear(0, 1));
        SPANS.put(InputField.BATCH_DISCOUNT, SliderScale.linear(0, 1));
        SPANS.put(InputField.FLAT_MONTHLY_COST, SliderScale.linear(0, 5_000));
        SPANS.put(InputField.HOURLY_RATE, SliderScale.linear(0, 10));
        SPANS.put(InputField.OUTPUT_TOKENS_PER_SECOND, SliderScale.linear(0, 3_000));
        SPANS.put(InputField.UTILIZATION, SliderScale.linear(0.05, 1));
        SPANS.put(InputField.MIN_BILLED_HOURS_PER_DAY, SliderScale.linear(0, 24));
        SPANS.put(InputField.DEV_RATE_PER_HOUR, SliderScale.linear(0, 300));
        SPANS.put(InputField.MAINTENANCE_HOURS_PER_MONTH, SliderScale.linear(0, 40));
        SPANS.put(InputField.SETUP_HOURS, SliderScale.linear(0, 100));
        SPANS.put(InputField.CODE_MIGRATION_HOURS, SliderScale.linear(0, 100));
        SPANS.put(InputField.RAMP_DAYS, SliderScale.linear(0, 20));
        SPANS.put(InputField.HOURS_PER_RAMP_DAY, SliderScale.linear(0, 24));
        SPANS.put(InputField.AMORTIZATION_MONTHS, SliderScale.linear(0, 60));
        SPANS.put(InputField.SELF_HOST_SHARE, SliderScale.linear(0, 1));
    }

    private SliderSpans() {
    }

    /** The span for a field; a field added to the enum without one gets 0 … 100 rather than failing. */
    public static SliderScale of(InputField field) {
        return SPANS.getOrDefault(field, SliderScale.linear(0, 100));
    }
}
