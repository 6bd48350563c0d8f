package org.llmcostplanner.io;

import org.llmcostplanner.analysis.DeploymentSpec;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.analysis.Uncertainty;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a scenario file (format v2) holds: the v1 {@link Scenario} plus the optional extras
 * that are not inputs of the cost model. UI code should load and save this, not the bare
 * Scenario, so that saving a file never drops its extras.
 *
 * @param scenario     the cost model's inputs
 * @param presentation the display currency; null = show USD
 * @param ranges       low/high ranges for uncertainty, at most one per input, kept in
 *                     {@link InputField} order; empty = none
 * @param deployment   the self-hosted model's size and the GPU's memory for the capacity check;
 *                     null = inferred from the scenario's labels ({@link DeploymentSpec#inferFrom})
 */
public record ScenarioDocument(Scenario scenario, Presentation presentation, List<InputRange> ranges,
                               DeploymentSpec deployment) {

    public ScenarioDocument {
        Objects.requireNonNull(scenario, "scenario");
        List<InputRange> sorted = new ArrayList<>(ranges == null ? List.of() : ranges);
        sorted.sort(Comparator.comparing(InputRange::input));
        Set<InputField> seen = EnumSet.noneOf(InputField.class);
        int moving = 0;
        for (InputRange r : sorted) {
            if (!seen.add(r.input())) {
                throw new IllegalArgumentException("two ranges for " + r.input().path());
            }
            moving += r.isPoint() ? 0 : 1;
        }
        if (moving > Uncertainty.MAX_RANGED_INPUTS) {
            throw new IllegalArgumentException(tooManyRanges(moving));
        }
        ranges = List.copyOf(sorted);
    }

    /** A document with no extras, as every v1 file loads. */
    public static ScenarioDocument of(Scenario scenario) {
        return new ScenarioDocument(scenario, null, List.of(), null);
    }

    public ScenarioDocument withScenario(Scenario s) {
        return new ScenarioDocument(s, presentation, ranges, deployment);
    }

    public ScenarioDocument withPresentation(Presentation p) {
        return new ScenarioDocument(scenario, p, ranges, deployment);
    }

    public ScenarioDocument withRanges(List<InputRange> r) {
        return new ScenarioDocument(scenario, presentation, r, deployment);
    }

    public ScenarioDocument withDeployment(DeploymentSpec d) {
        return new ScenarioDocument(scenario, presentation, ranges, d);
    }

    /** The range given for an input, or null. */
    public InputRange range(InputField input) {
        for (InputRange r : ranges) {
            if (r.input() == input) {
                return r;
            }
        }
        return null;
    }

    /** The recorded deployment, else what the scenario's model and GPU labels tell. */
    public DeploymentSpec deploymentOrInferred() {
        return deployment != null ? deployment : DeploymentSpec.inferFrom(scenario);
    }

    /** The display currency: the recorded one, else USD. */
    public Presentation presentationOrUsd() {
        return presentation != null ? presentation : Presentation.USD;
    }

    static String tooManyRanges(int moving) {
        return moving + " inputs carry a range; at most " + Uncertainty.MAX_RANGED_INPUTS
                + " can (low < high) at once";
    }
}
