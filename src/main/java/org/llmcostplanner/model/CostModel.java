package org.llmcostplanner.model;

/**
 * Cost model v1 (see docs/cost-model.md): pure functions of one scenario. Constants that do not
 * depend on volume are computed once here, so sampling a curve at hundreds of volumes is cheap.
 * All money is USD per month unless a name says otherwise.
 */
public final class CostModel {

    private static final double TOKENS_PER_MTOK = 1e6;
    private static final double SECONDS_PER_HOUR = 3600;
    private static final double HOURS_PER_DAY = 24;

    private final Scenario scenario;
    private final double days;
    private final double outputTokens;
    private final double costPerRequest;
    private final double share;
    private final SelfHost host;
    private final double ops;
    private final double oneTime;
    private final double migration;

    private CostModel(Scenario s) {
        this.scenario = s;
        this.days = s.workload().billingDaysPerMonth();
        this.outputTokens = s.workload().outputTokensPerRequest();
        this.costPerRequest = computeApiCostPerRequest(s);
        this.share = s.routing().selfHostShare();
        this.host = s.selfHost();
        Ops o = s.ops();
        this.ops = o.maintenanceHoursPerMonth() * o.devRatePerHour();
        this.oneTime = (o.setupHours() + o.codeMigrationHours() + o.rampDays() * o.hoursPerRampDay())
                * o.devRatePerHour();
        this.migration = o.amortizationMonths() > 0 ? oneTime / o.amortizationMonths() : 0;
    }

    public static CostModel of(Scenario scenario) {
        return new CostModel(scenario);
    }

    public Scenario scenario() {
        return scenario;
    }

    private static double computeApiCostPerRequest(Scenario s) {
        ApiPricing a = s.api();
        Workload w = s.workload();
        double tin = w.inputTokensPerRequest();
        double h = a.cacheHitShare();
        double tokens = tin * (1 - h) * a.inputPricePerMTok()
                + tin * h * a.effectiveCachedInputPricePerMTok()
                + w.outputTokensPerRequest() * a.outputPricePerMTok();
        return (1 - a.batchShare() * a.batchDiscount()) * tokens / TOKENS_PER_MTOK;
    }

    /** c: API cost of one request, USD, with prompt cache and batch pricing. */
    public double apiCostPerRequest() {
        return costPerRequest;
    }

    /** api(w): monthly API cost for w requests/day. */
    public double api(double requestsPerDay) {
        return requestsPerDay * days * costPerRequest;
    }

    /** busy(w): GPU hours a day of useful work for w requests/day; 0 when capacity is not modelled. */
    public double busyHoursPerDay(double requestsPerDay) {
        double s = host.outputTokensPerSecond();
        return s > 0 ? requestsPerDay * outputTokens / (s * SECONDS_PER_HOUR) : 0;
    }

    /** instances(w) under flat billing: enough always-on instances for the busy hours, at least one. */
    public long flatInstances(double requestsPerDay) {
        if (host.outputTokensPerSecond() <= 0) {
            return 1;
        }
        double needed = Math.ceil(busyHoursPerDay(requestsPerDay) / (HOURS_PER_DAY * host.utilization()));
        return Math.max(1, (long) Math.min(needed, Long.MAX_VALUE));
    }

    /** gpu(w): monthly GPU cost for w requests/day on the self-hosted side. */
    public double gpu(double requestsPerDay) {
        if (host.billing() == Billing.FLAT) {
            return host.flatMonthlyCost() * flatInstances(requestsPerDay);
        }
        if (host.hourlyRate() == 0) {
            // Free hours cost nothing, even when a tiny utilization makes the billed hours overflow
            // (Infinity · 0 would be NaN).
            return 0;
        }
        double billedHours = Math.max(host.minBilledHoursPerDay(), busyHoursPerDay(requestsPerDay) / host.utilization());
        return billedHours * days * host.hourlyRate();
    }

    /** ops: monthly maintenance cost, m · r. */
    public double ops() {
        return ops;
    }

    /** oneTime: setup, code migration and prompt ramp, in USD. */
    public double oneTimeCost() {
        return oneTime;
    }

    /** migration: the one-time cost spread over A months, 0 when A = 0. */
    public double migration() {
        return migration;
    }

    public double selfHostShare() {
        return share;
    }

    public double billingDaysPerMonth() {
        return days;
    }

    /** apiOnly(v): everything stays on the API. */
    public double apiOnly(double v) {
        return api(v);
    }

    /** planApi(v): the part of the plan still paid to the API, api((1−σ)·v). */
    public double planApi(double v) {
        return api((1 - share) * v);
    }

    /** The plan's GPU part, gpu(σ·v), 0 when nothing is self-hosted. */
    public double planGpu(double v) {
        return share > 0 ? gpu(share * v) : 0;
    }

    /** The plan's ops part, 0 when nothing is self-hosted. */
    public double planOps() {
        return share > 0 ? ops : 0;
    }

    /** The plan's amortized migration part, 0 when nothing is self-hosted. */
    public double planMigration() {
        return share > 0 ? migration : 0;
    }

    /** plan(v) = api((1−σ)·v) + gpu(σ·v) + ops + migration (self-hosted parts only when σ &gt; 0). */
    public double plan(double v) {
        return planApi(v) + planGpu(v) + planOps() + planMigration();
    }

    /** The plan counting GPU cost only: what the raw break-even compares against. */
    public double planRaw(double v) {
        return planApi(v) + planGpu(v);
    }

    /** The plan for one kind of break-even. */
    public double plan(double v, BreakEvenKind kind) {
        return kind == BreakEvenKind.RAW ? planRaw(v) : plan(v);
    }

    /** savings(v) = apiOnly(v) − plan(v); negative when self-hosting is dearer. */
    public double savings(double v) {
        return apiOnly(v) - plan(v);
    }

    /**
     * Months until the one-time cost is paid back by the monthly savings before amortization, or
     * NaN when it never is (nothing self-hosted, self-hosting saves nothing each month, or the
     * months would be beyond any number).
     */
    public double paybackMonths(double v) {
        if (share <= 0) {
            return Double.NaN;
        }
        double monthlyGain = apiOnly(v) - (plan(v) - planMigration());
        double months = monthlyGain > 0 ? oneTime / monthlyGain : Double.NaN;
        // A gain so small (or a one-time cost so large) that the months overflow is never paid back.
        return Double.isFinite(months) ? months : Double.NaN;
    }

    /** Flat-billing instance count for the self-hosted share of v, or -1 for hourly billing or σ = 0. */
    public long gpuInstances(double v) {
        return host.billing() == Billing.FLAT && share > 0 ? flatInstances(share * v) : -1;
    }

    /** Every monthly figure at volume v, as the report prints them. */
    public MonthlyCosts monthly(double v) {
        double planApi = planApi(v);
        double gpu = planGpu(v);
        double opsPart = planOps();
        double mig = planMigration();
        double plan = planApi + gpu + opsPart + mig;
        double apiOnly = apiOnly(v);
        return new MonthlyCosts(apiOnly, planApi, gpu, opsPart, mig, plan, apiOnly - plan);
    }
}
