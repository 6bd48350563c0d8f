package org.llmcostplanner.model;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Every numeric input of cost model v1: its place in the scenario file, its valid range and unit,
 * and how to read and change it. The one list that the file loader, the UI's sliders, the CLI and
 * the analyses all walk, so a new input is added in one place.
 */
public enum InputField {
    REQUESTS_PER_DAY(Section.WORKLOAD, "requestsPerDay", "Requests per day", "req/day", 0, 1e9, false,
            "Requests per billing day that the feature sends.",
            s -> s.workload().requestsPerDay(),
            (s, v) -> s.withWorkload(new Workload(v, s.workload().billingDaysPerMonth(),
                    s.workload().inputTokensPerRequest(), s.workload().outputTokensPerRequest()))),
    BILLING_DAYS_PER_MONTH(Section.WORKLOAD, "billingDaysPerMonth", "Billing days per month", "days", 0, 31, true,
            "Days a month that traffic is billed; the seed article's figures need 22 (business days).",
            s -> s.workload().billingDaysPerMonth(),
            (s, v) -> s.withWorkload(new Workload(s.workload().requestsPerDay(), v,
                    s.workload().inputTokensPerRequest(), s.workload().outputTokensPerRequest()))),
    INPUT_TOKENS_PER_REQUEST(Section.WORKLOAD, "inputTokensPerRequest", "Input tokens per request", "tokens", 0, 1e7, false,
            "Prompt tokens sent with each request.",
            s -> s.workload().inputTokensPerRequest(),
            (s, v) -> s.withWorkload(new Workload(s.workload().requestsPerDay(), s.workload().billingDaysPerMonth(),
                    v, s.workload().outputTokensPerRequest()))),
    OUTPUT_TOKENS_PER_REQUEST(Section.WORKLOAD, "outputTokensPerRequest", "Output tokens per request", "tokens", 0, 1e7, false,
            "Tokens generated for each request.",
            s -> s.workload().outputTokensPerRequest(),
            (s, v) -> s.withWorkload(new Workload(s.workload().requestsPerDay(), s.workload().billingDaysPerMonth(),
                    s.workload().inputTokensPerRequest(), v))),

    INPUT_PRICE_PER_MTOK(Section.API, "inputPricePerMTok", "API input price", "$/MTok", 0, Double.MAX_VALUE, false,
            "Hosted API price per million input tokens.",
            s -> s.api().inputPricePerMTok(),
            (s, v) -> s.withApi(api(s.api(), v, s.api().outputPricePerMTok(), s.api().cachedInputPricePerMTok(),
                    s.api().cacheHitShare(), s.api().batchShare(), s.api().batchDiscount()))),
    OUTPUT_PRICE_PER_MTOK(Section.API, "outputPricePerMTok", "API output price", "$/MTok", 0, Double.MAX_VALUE, false,
            "Hosted API price per million output tokens.",
            s -> s.api().outputPricePerMTok(),
            (s, v) -> s.withApi(api(s.api(), s.api().inputPricePerMTok(), v, s.api().cachedInputPricePerMTok(),
                    s.api().cacheHitShare(), s.api().batchShare(), s.api().batchDiscount()))),
    CACHED_INPUT_PRICE_PER_MTOK(Section.API, "cachedInputPricePerMTok", "API cached input price", "$/MTok", 0, Double.MAX_VALUE, false,
            "Price per million input tokens read from the prompt cache (default: a tenth of the input price).",
            s -> s.api().effectiveCachedInputPricePerMTok(),
            (s, v) -> s.withApi(api(s.api(), s.api().inputPricePerMTok(), s.api().outputPricePerMTok(), v,
                    s.api().cacheHitShare(), s.api().batchShare(), s.api().batchDiscount()))),
    CACHE_HIT_SHARE(Section.API, "cacheHitShare", "Cache-hit share", "share", 0, 1, false,
            "Share of input tokens served from the prompt cache.",
            s -> s.api().cacheHitShare(),
            (s, v) -> s.withApi(api(s.api(), s.api().inputPricePerMTok(), s.api().outputPricePerMTok(),
                    s.api().cachedInputPricePerMTok(), v, s.api().batchShare(), s.api().batchDiscount()))),
    BATCH_SHARE(Section.API, "batchShare", "Batch share", "share", 0, 1, false,
            "Share of requests sent through the provider's batch API.",
            s -> s.api().batchShare(),
            (s, v) -> s.withApi(api(s.api(), s.api().inputPricePerMTok(), s.api().outputPricePerMTok(),
                    s.api().cachedInputPricePerMTok(), s.api().cacheHitShare(), v, s.api().batchDiscount()))),
    BATCH_DISCOUNT(Section.API, "batchDiscount", "Batch discount", "share", 0, 1, false,
            "Discount the batch API gives on batched requests.",
            s -> s.api().batchDiscount(),
            (s, v) -> s.withApi(api(s.api(), s.api().inputPricePerMTok(), s.api().outputPricePerMTok(),
                    s.api().cachedInputPricePerMTok(), s.api().cacheHitShare(), s.api().batchShare(), v))),

    FLAT_MONTHLY_COST(Section.SELF_HOST, "flatMonthlyCost", "GPU monthly cost", "$/month", 0, Double.MAX_VALUE, false,
            "Price of one always-on GPU instance per month (flat billing).",
            s -> s.selfHost().flatMonthlyCost(),
            (s, v) -> s.withSelfHost(host(s.selfHost(), v, s.selfHost().hourlyRate(), s.selfHost().outputTokensPerSecond(),
                    s.selfHost().utilization(), s.selfHost().minBilledHoursPerDay()))),
    HOURLY_RATE(Section.SELF_HOST, "hourlyRate", "GPU hourly rate", "$/h", 0, Double.MAX_VALUE, false,
            "Price of one GPU instance-hour (hourly billing).",
            s -> s.selfHost().hourlyRate(),
            (s, v) -> s.withSelfHost(host(s.selfHost(), s.selfHost().flatMonthlyCost(), v, s.selfHost().outputTokensPerSecond(),
                    s.selfHost().utilization(), s.selfHost().minBilledHoursPerDay()))),
    OUTPUT_TOKENS_PER_SECOND(Section.SELF_HOST, "outputTokensPerSecond", "Output tokens per second", "tok/s", 0, Double.MAX_VALUE, false,
            "Sustained output tokens per second one instance serves under load; 0 means capacity is not modelled.",
            s -> s.selfHost().outputTokensPerSecond(),
            (s, v) -> s.withSelfHost(host(s.selfHost(), s.selfHost().flatMonthlyCost(), s.selfHost().hourlyRate(), v,
                    s.selfHost().utilization(), s.selfHost().minBilledHoursPerDay()))),
    UTILIZATION(Section.SELF_HOST, "utilization", "Utilization", "share", 0, 1, true,
            "Share of paid GPU time that does useful work.",
            s -> s.selfHost().utilization(),
            (s, v) -> s.withSelfHost(host(s.selfHost(), s.selfHost().flatMonthlyCost(), s.selfHost().hourlyRate(),
                    s.selfHost().outputTokensPerSecond(), v, s.selfHost().minBilledHoursPerDay()))),
    MIN_BILLED_HOURS_PER_DAY(Section.SELF_HOST, "minBilledHoursPerDay", "Minimum billed hours per day", "h/day", 0, 24, false,
            "Hourly billing floor per day, e.g. keep-warm time.",
            s -> s.selfHost().minBilledHoursPerDay(),
            (s, v) -> s.withSelfHost(host(s.selfHost(), s.selfHost().flatMonthlyCost(), s.selfHost().hourlyRate(),
                    s.selfHost().outputTokensPerSecond(), s.selfHost().utilization(), v))),

    DEV_RATE_PER_HOUR(Section.OPS, "devRatePerHour", "Dev rate", "$/h", 0, Double.MAX_VALUE, false,
            "Cost of one engineer hour.",
            s -> s.ops().devRatePerHour(),
            (s, v) -> s.withOps(ops(s.ops(), 0, v))),
    MAINTENANCE_HOURS_PER_MONTH(Section.OPS, "maintenanceHoursPerMonth", "Maintenance hours per month", "h/month", 0, Double.MAX_VALUE, false,
            "Ongoing ops hours a month: monitoring, upgrades, out-of-memory errors.",
            s -> s.ops().maintenanceHoursPerMonth(),
            (s, v) -> s.withOps(ops(s.ops(), 1, v))),
    SETUP_HOURS(Section.OPS, "setupHours", "Setup hours", "h", 0, Double.MAX_VALUE, false,
            "One-time hours to provision the GPU and the inference server.",
            s -> s.ops().setupHours(),
            (s, v) -> s.withOps(ops(s.ops(), 2, v))),
    CODE_MIGRATION_HOURS(Section.OPS, "codeMigrationHours", "Code migration hours", "h", 0, Double.MAX_VALUE, false,
            "One-time hours to point the code at the self-hosted endpoint.",
            s -> s.ops().codeMigrationHours(),
            (s, v) -> s.withOps(ops(s.ops(), 3, v))),
    RAMP_DAYS(Section.OPS, "rampDays", "Ramp days", "days", 0, Double.MAX_VALUE, false,
            "One-time days spent adjusting prompts to the open model.",
            s -> s.ops().rampDays(),
            (s, v) -> s.withOps(ops(s.ops(), 4, v))),
    HOURS_PER_RAMP_DAY(Section.OPS, "hoursPerRampDay", "Hours per ramp day", "h/day", 0, Double.MAX_VALUE, false,
            "Engineer hours in one ramp day.",
            s -> s.ops().hoursPerRampDay(),
            (s, v) -> s.withOps(ops(s.ops(), 5, v))),
    AMORTIZATION_MONTHS(Section.OPS, "amortizationMonths", "Amortization months", "months", 0, 120, false,
            "Spread the one-time cost over this many months of the monthly figure; 0 shows it only as payback time.",
            s -> s.ops().amortizationMonths(),
            (s, v) -> s.withOps(ops(s.ops(), 6, v))),

    SELF_HOST_SHARE(Section.ROUTING, "selfHostShare", "Self-hosted share", "share", 0, 1, false,
            "Share of requests the gateway routes to the self-hosted model; the rest stays on the API.",
            s -> s.routing().selfHostShare(),
            (s, v) -> s.withRouting(new Routing(v)));

    /** The scenario file's sections, by their JSON names. */
    public enum Section {
        WORKLOAD("workload"), API("api"), SELF_HOST("selfHost"), OPS("ops"), ROUTING("routing");

        private final String jsonName;

        Section(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }
    }

    private interface Setter {
        Scenario apply(Scenario s, double v);
    }

    private final Section section;
    private final String jsonName;
    private final String label;
    private final String unit;
    private final double min;
    private final double max;
    private final boolean minExclusive;
    private final String description;
    private final ToDoubleFunction<Scenario> getter;
    private final Setter setter;

    InputField(Section section, String jsonName, String label, String unit, double min, double max,
               boolean minExclusive, String description, ToDoubleFunction<Scenario> getter, Setter setter) {
        this.section = section;
        this.jsonName = jsonName;
        this.label = label;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.minExclusive = minExclusive;
        this.description = description;
        this.getter = getter;
        this.setter = setter;
    }

    public Section section() {
        return section;
    }

    /** The field's name in its section of the scenario file, e.g. "requestsPerDay". */
    public String jsonName() {
        return jsonName;
    }

    /** The JSON path in a scenario file, e.g. "workload.requestsPerDay". */
    public String path() {
        return section.jsonName() + "." + jsonName;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean minExclusive() {
        return minExclusive;
    }

    public String description() {
        return description;
    }

    public double get(Scenario s) {
        return getter.applyAsDouble(s);
    }

    /** A copy of the scenario with this input changed; the value is not checked here. */
    public Scenario with(Scenario s, double value) {
        return setter.apply(s, value);
    }

    public boolean isValid(double value) {
        return check(value) == null;
    }

    /** Null when the value is allowed, else what is wrong with it, naming the allowed range. */
    public String check(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "must be a finite number; allowed " + rangeText();
        }
        boolean belowMin = minExclusive ? value <= min : value < min;
        if (belowMin || value > max) {
            return formatNumber(value) + " is out of range; allowed " + rangeText();
        }
        return null;
    }

    /** The allowed range in words, e.g. "0 … 1" or "(0, 31]" or "≥ 0". */
    public String rangeText() {
        if (max == Double.MAX_VALUE) {
            return (minExclusive ? "> " : "≥ ") + formatNumber(min);
        }
        if (minExclusive) {
            return "(" + formatNumber(min) + ", " + formatNumber(max) + "]";
        }
        return formatNumber(min) + " … " + formatNumber(max);
    }

    /** Finds a field by its file name (e.g. "maintenanceHoursPerMonth"); null when none. */
    public static InputField byJsonName(String name) {
        for (InputField f : values()) {
            if (f.jsonName.equals(name)) {
                return f;
            }
        }
        return null;
    }

    private static String formatNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }

    private static ApiPricing api(ApiPricing a, double in, double out, Double cached, double hit,
                                  double batchShare, double batchDiscount) {
        return new ApiPricing(a.model(), in, out, cached, hit, batchShare, batchDiscount);
    }

    private static SelfHost host(SelfHost h, double flat, double hourly, double tps, double util, double hmin) {
        return new SelfHost(h.model(), h.gpu(), h.billing(), flat, hourly, tps, util, hmin);
    }

    /** Replaces the index-th component of ops (in record order: rate, maintenance, setup, code, ramp days, hours/ramp day, A). */
    private static Ops ops(Ops o, int index, double v) {
        double[] c = {o.devRatePerHour(), o.maintenanceHoursPerMonth(), o.setupHours(), o.codeMigrationHours(),
                o.rampDays(), o.hoursPerRampDay(), o.amortizationMonths()};
        c[index] = v;
        return new Ops(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }
}
