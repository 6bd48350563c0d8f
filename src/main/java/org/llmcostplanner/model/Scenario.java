package org.llmcostplanner.model;

import java.util.Objects;

/** Every input of the cost model, immutable; change one with {@link #with(InputField, double)}. */
public record Scenario(String name, String notes, Workload workload, ApiPricing api,
                       SelfHost selfHost, Ops ops, Routing routing) {

    public Scenario {
        name = name == null ? "" : name;
        notes = notes == null ? "" : notes;
        workload = Objects.requireNonNullElseGet(workload, Workload::defaults);
        api = Objects.requireNonNullElseGet(api, ApiPricing::defaults);
        selfHost = Objects.requireNonNullElseGet(selfHost, SelfHost::defaults);
        ops = Objects.requireNonNullElseGet(ops, Ops::defaults);
        routing = Objects.requireNonNullElseGet(routing, Routing::defaults);
    }

    /** The spec's defaults for every input. */
    public static Scenario defaults() {
        return new Scenario("Untitled", "", null, null, null, null, null);
    }

    public double get(InputField field) {
        return field.get(this);
    }

    public Scenario with(InputField field, double value) {
        return field.with(this, value);
    }

    public Scenario withName(String newName) {
        return new Scenario(newName, notes, workload, api, selfHost, ops, routing);
    }

    public Scenario withNotes(String newNotes) {
        return new Scenario(name, newNotes, workload, api, selfHost, ops, routing);
    }

    public Scenario withWorkload(Workload w) {
        return new Scenario(name, notes, w, api, selfHost, ops, routing);
    }

    public Scenario withApi(ApiPricing a) {
        return new Scenario(name, notes, workload, a, selfHost, ops, routing);
    }

    public Scenario withSelfHost(SelfHost s) {
        return new Scenario(name, notes, workload, api, s, ops, routing);
    }

    public Scenario withOps(Ops o) {
        return new Scenario(name, notes, workload, api, selfHost, o, routing);
    }

    public Scenario withRouting(Routing r) {
        return new Scenario(name, notes, workload, api, selfHost, ops, r);
    }

    public Scenario withBilling(Billing billing) {
        SelfHost s = selfHost;
        return withSelfHost(new SelfHost(s.model(), s.gpu(), billing, s.flatMonthlyCost(), s.hourlyRate(),
                s.outputTokensPerSecond(), s.utilization(), s.minBilledHoursPerDay()));
    }

    /** The first problem with this scenario's numbers, or null when every input is in range. */
    public String firstInvalidInput() {
        for (InputField f : InputField.values()) {
            String problem = f.check(f.get(this));
            if (problem != null) {
                return f.path() + ": " + problem;
            }
        }
        return null;
    }
}
