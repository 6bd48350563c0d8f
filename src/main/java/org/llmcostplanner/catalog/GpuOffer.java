package org.llmcostplanner.catalog;

import static org.llmcostplanner.catalog.EntryChecks.optionalText;
import static org.llmcostplanner.catalog.EntryChecks.requirePositive;
import static org.llmcostplanner.catalog.EntryChecks.requirePresent;
import static org.llmcostplanner.catalog.EntryChecks.requirePrice;
import static org.llmcostplanner.catalog.EntryChecks.requireText;

import java.time.LocalDate;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.SelfHost;

/**
 * An on-demand GPU instance for rent.
 *
 * @param hourlyRate USD per instance-hour (the whole instance, all its GPUs)
 * @param memoryGb   memory of one GPU, GB
 * @param gpuCount   GPUs in the instance (8 for an "×8" offer), at least 1
 */
public record GpuOffer(String name, String provider, double hourlyRate, double memoryGb, int gpuCount,
                       String source, LocalDate checked, Confidence confidence, String note)
        implements CatalogEntry {

    public static final String KIND = "gpu";

    /** Hours in an average month of an always-on instance: 24 × 365 / 12 (as the price facts say). */
    public static final double HOURS_PER_MONTH = 24.0 * 365 / 12;

    public GpuOffer {
        name = requireText("name", name);
        provider = provider == null ? "" : provider.strip();
        requirePrice("hourlyRate", hourlyRate, InputField.HOURLY_RATE);
        requirePositive("memoryGb", memoryGb);
        if (gpuCount < 1) {
            throw new InvalidEntryException("gpuCount", gpuCount + " is out of range; allowed ≥ 1");
        }
        source = requireText("source", source);
        requirePresent("checked", checked);
        requirePresent("confidence", confidence);
        note = optionalText(note);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** What the instance costs when it runs all month. */
    public double monthlyCost() {
        return hourlyRate * HOURS_PER_MONTH;
    }

    /** Memory of the whole instance (all GPUs), GB — what a model's weights must fit into. */
    public double totalMemoryGb() {
        return memoryGb * gpuCount;
    }

    /**
     * Fills the scenario's hourly rate, the flat monthly cost of an always-on instance
     * (hourly × 730) and the GPU label; the billing mode stays the user's choice.
     */
    @Override
    public Scenario applyTo(Scenario scenario) {
        Scenario s = scenario
                .with(InputField.HOURLY_RATE, hourlyRate)
                .with(InputField.FLAT_MONTHLY_COST, monthlyCost());
        SelfHost h = s.selfHost();
        return s.withSelfHost(new SelfHost(h.model(), name, h.billing(), h.flatMonthlyCost(), h.hourlyRate(),
                h.outputTokensPerSecond(), h.utilization(), h.minBilledHoursPerDay()));
    }
}
