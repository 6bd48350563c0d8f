package org.llmcostplanner.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.llmcostplanner.model.ApiPricing;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.SelfHost;

/**
 * Plain-text warnings for inputs that cannot be true or are far from known prices: the GPU cannot
 * hold the model, the price cannot buy a GPU that can, demand exceeds one instance, utilization
 * above 0.9, and API or GPU prices far (more than 2× either way) from the built-in table.
 */
public final class Plausibility {

    /** Utilization above this leaves no room for traffic peaks. */
    public static final double MAX_SENSIBLE_UTILIZATION = 0.9;
    /** A price more than this factor above or below the table's counts as far from it. */
    public static final double FAR_PRICE_FACTOR = 2;

    private Plausibility() {
    }

    /** Warnings for a scenario on its own, its model and GPU read from its labels ({@link DeploymentSpec#inferFrom}). */
    public static List<String> warnings(Scenario scenario) {
        return warnings(scenario, DeploymentSpec.inferFrom(scenario));
    }

    public static List<String> warnings(Scenario scenario, DeploymentSpec spec) {
        List<String> out = new ArrayList<>();
        apiPrice(scenario.api()).ifPresent(out::add);
        if (scenario.routing().selfHostShare() <= 0) {
            return out; // nothing self-hosted: GPU facts do not matter
        }
        CapacityResult cap = Capacity.assess(scenario, spec);
        memory(spec, cap).ifPresent(out::add);
        budget(scenario.selfHost(), spec).ifPresent(out::add);
        gpuPrice(scenario.selfHost()).ifPresent(out::add);
        demand(scenario, cap).ifPresent(out::add);
        utilization(scenario, out);
        return out;
    }

    private static Optional<String> memory(DeploymentSpec spec, CapacityResult cap) {
        if (cap.gpusToHold() == null || cap.gpusToHold() <= 1) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "%s at %s needs about %s GB (%s GB of weights + %.0f %% KV-cache headroom); one %s GPU (%s GB) "
                        + "cannot hold it: it takes %d such GPUs, while the plan prices one per instance.",
                name(spec.modelName(), "the model"), spec.precision().label(), gb(cap.requiredGb()),
                gb(cap.weightsGb()), spec.kvCacheHeadroomShare() * 100, name(spec.gpuName(), "such"),
                gb(spec.gpuMemoryGb()), cap.gpusToHold()));
    }

    /** The GPU price is far below any setup in the table that can hold the model. */
    private static Optional<String> budget(SelfHost host, DeploymentSpec spec) {
        if (!spec.modelKnown()) {
            return Optional.empty();
        }
        Optional<KnowledgeTable.Setup> fit = KnowledgeTable.cheapestSetupHolding(spec.requiredGb());
        if (fit.isEmpty()) {
            return Optional.empty();
        }
        boolean flat = host.billing() == Billing.FLAT;
        double price = flat ? host.flatMonthlyCost() : host.hourlyRate();
        double fitPrice = flat ? fit.get().monthlyUsd() : fit.get().hourlyUsd();
        if (price * FAR_PRICE_FACTOR >= fitPrice) {
            return Optional.empty();
        }
        KnowledgeTable.GpuOffer cheapest = KnowledgeTable.cheapestGpu();
        String even = spec.precision() == Precision.INT4 ? " even at INT4" : " at " + spec.precision().label();
        return Optional.of(String.format(Locale.ROOT,
                "%s cannot buy a GPU able to hold %s (about %s GB%s): an always-on month of the cheapest GPU listed, "
                        + "%s, is about %s; the cheapest listed setup that holds it, %s, is about %s a month.",
                flat ? usd(price) + "/month" : usd2(price) + "/h", name(spec.modelName(), "the model"),
                gb(spec.requiredGb()), even, cheapest.describe(), usd(cheapest.monthlyUsd()),
                fit.get().describe(), usd(fit.get().monthlyUsd())));
    }

    private static Optional<String> gpuPrice(SelfHost host) {
        List<KnowledgeTable.GpuOffer> offers = KnowledgeTable.findGpu(host.gpu());
        if (offers.isEmpty()) {
            return Optional.empty();
        }
        boolean flat = host.billing() == Billing.FLAT;
        double price = flat ? host.flatMonthlyCost() : host.hourlyRate();
        for (KnowledgeTable.GpuOffer o : offers) {
            if (!isFar(price, flat ? o.monthlyUsd() : o.hourlyUsd())) {
                return Optional.empty();
            }
        }
        KnowledgeTable.GpuOffer o = offers.get(0);
        return Optional.of(String.format(Locale.ROOT, "GPU price %s is far from the table's %s for %s.",
                flat ? usd(price) + "/month" : usd2(price) + "/h",
                flat ? usd(o.monthlyUsd()) + "/month always-on" : usd2(o.hourlyUsd()) + "/h", o.describe()));
    }

    private static Optional<String> apiPrice(ApiPricing api) {
        var known = KnowledgeTable.findApi(api.model());
        if (known.isEmpty()) {
            return Optional.empty();
        }
        KnowledgeTable.ApiPrice k = known.get();
        List<String> far = new ArrayList<>();
        if (isFar(api.inputPricePerMTok(), k.inputPerMTok())) {
            far.add("input " + usd2(api.inputPricePerMTok()) + " vs " + usd2(k.inputPerMTok()));
        }
        if (isFar(api.outputPricePerMTok(), k.outputPerMTok())) {
            far.add("output " + usd2(api.outputPricePerMTok()) + " vs " + usd2(k.outputPerMTok()));
        }
        if (far.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("API prices per million tokens are far from the table's for " + k.name() + " ("
                + k.source() + ", " + k.checked() + "): " + String.join(", ", far) + ".");
    }

    private static Optional<String> demand(Scenario s, CapacityResult cap) {
        Long n = cap.instancesForVolume();
        if (n == null || n <= 1) {
            return Optional.empty();
        }
        boolean flat = s.selfHost().billing() == Billing.FLAT;
        if (!Double.isFinite(cap.busyHoursPerDay())) {
            return Optional.of("Demand exceeds any number of instances: at this throughput the self-hosted traffic "
                    + "needs more GPU-hours a day than can be computed; check output tokens per second.");
        }
        return Optional.of(String.format(Locale.ROOT,
                "Demand exceeds one instance: the self-hosted traffic needs %.1f GPU-hours a day at %.0f %% "
                        + "utilization, more than one instance gives in 24 h; %s",
                cap.busyHoursPerDay(), s.selfHost().utilization() * 100,
                flat ? "the plan counts " + n + " instances." : n + " instances must run in parallel."));
    }

    /** Instances are sized so their load stays at or below u, so the assumed u is the one to check. */
    private static void utilization(Scenario s, List<String> out) {
        double u = s.selfHost().utilization();
        if (u > MAX_SENSIBLE_UTILIZATION) {
            out.add(String.format(Locale.ROOT, "Utilization is set to %.0f %%: above 90 %% leaves no room for "
                    + "traffic peaks; real deployments run at 30–60 %%, which raises the cost per token by 1/utilization.",
                    u * 100));
        }
    }

    static boolean isFar(double price, double reference) {
        return price * FAR_PRICE_FACTOR < reference || price > reference * FAR_PRICE_FACTOR;
    }

    private static String name(String label, String fallback) {
        return label == null || label.isBlank() ? fallback : label;
    }

    private static String gb(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String usd(double v) {
        return String.format(Locale.ROOT, "$%,.0f", v);
    }

    private static String usd2(double v) {
        return String.format(Locale.ROOT, "$%,.2f", v);
    }
}
