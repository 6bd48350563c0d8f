package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * Builds the input rows' view-models by walking {@link InputField}: which inputs are always
 * visible, which sit under "Advanced", and the token-mix row that stands in for output tokens.
 */
public final class InputModels {

    /** Shown always, in this order (the token mix follows input tokens). */
    private static final List<InputField> ESSENTIAL = List.of(
            InputField.REQUESTS_PER_DAY, InputField.INPUT_TOKENS_PER_REQUEST,
            InputField.DEV_RATE_PER_HOUR, InputField.MAINTENANCE_HOURS_PER_MONTH);
    /** Edited through the token mix, never as a row of its own. */
    private static final Set<InputField> DERIVED = EnumSet.of(InputField.OUTPUT_TOKENS_PER_REQUEST);
    /** Inputs that only matter under one kind of GPU billing. */
    private static final Map<InputField, Billing> BILLING_SPECIFIC = Map.of(
            InputField.FLAT_MONTHLY_COST, Billing.FLAT,
            InputField.HOURLY_RATE, Billing.HOURLY,
            InputField.MIN_BILLED_HOURS_PER_DAY, Billing.HOURLY);
    public static final String OUTPUT_SHARE_ID = "outputShareOfInput";

    private final PlannerViewModel planner;
    private final Scenario seed;

    /** @param seed the seed-article scenario whose values every tooltip quotes */
    public InputModels(PlannerViewModel planner, Scenario seed) {
        this.planner = planner;
        this.seed = seed;
    }

    public List<NumericInputModel> essential() {
        List<NumericInputModel> rows = new ArrayList<>();
        for (InputField f : ESSENTIAL) {
            rows.add(forField(f));
            if (f == InputField.INPUT_TOKENS_PER_REQUEST) {
                rows.add(outputShare());
            }
        }
        return rows;
    }

    /** Every other input, in the enum's (the file's) order. */
    public List<NumericInputModel> advanced() {
        List<NumericInputModel> rows = new ArrayList<>();
        for (InputField f : InputField.values()) {
            if (!ESSENTIAL.contains(f) && !DERIVED.contains(f)) {
                rows.add(forField(f));
            }
        }
        return rows;
    }

    public NumericInputModel forField(InputField f) {
        String tooltip = f.description() + " Seed: " + NumberText.format(f.get(seed)) + " " + f.unit()
                + "; allowed " + f.rangeText() + ".";
        NumericInputModel row = new NumericInputModel(f.jsonName(), f.label(), f.unit(), tooltip, planner.input(f),
                f::check, SliderSpans.of(f));
        Billing onlyFor = BILLING_SPECIFIC.get(f);
        return onlyFor == null ? row : row.relevantWhen(planner.billingProperty().isEqualTo(onlyFor));
    }

    private NumericInputModel outputShare() {
        double in = seed.workload().inputTokensPerRequest();
        String seedShare = in > 0 ? NumberText.format(seed.workload().outputTokensPerRequest() / in) : "—";
        String tooltip = "Output tokens per request as a share of input tokens (the token mix); sets the output tokens."
                + " Seed: " + seedShare + " × input.";
        return new NumericInputModel(OUTPUT_SHARE_ID, "Output tokens, share of input", "× input", tooltip,
                planner.outputShareOfInputProperty(), planner::checkOutputShare, SliderSpans.OUTPUT_SHARE_OF_INPUT);
    }
}
