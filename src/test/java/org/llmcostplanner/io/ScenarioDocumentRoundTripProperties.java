package org.llmcostplanner.io;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.llmcostplanner.analysis.DeploymentSpec;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.analysis.Precision;
import org.llmcostplanner.analysis.Uncertainty;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A save/load round trip of a v2 document, with random presentation, ranges and deployment, gives it back. */
class ScenarioDocumentRoundTripProperties {

    @Property(tries = 1000)
    void toJsonThenParseDocumentReturnsAnEqualDocument(@ForAll("documents") ScenarioDocument document)
            throws Exception {
        String json = ScenarioFile.toJson(document);
        ScenarioDocument back = ScenarioFile.parseDocument(ScenarioFile.toBytes(document), "round-trip");
        assertEquals(document, back, json);
        assertEquals(json, ScenarioFile.toJson(back), "writing the loaded document gives the same text");
        assertEquals(document.scenario(), ScenarioFile.parse(ScenarioFile.toBytes(document), "round-trip"),
                "the Scenario view of the same bytes is the document's scenario");
    }

    @Provide
    Arbitrary<ScenarioDocument> documents() {
        Arbitrary<Scenario> scenarios = new ScenarioRoundTripPropertyTest().scenarios();
        return Combinators.combine(scenarios, presentations().injectNull(0.3), ranges(),
                        deployments().injectNull(0.3))
                .as(ScenarioDocument::new);
    }

    private static Arbitrary<Presentation> presentations() {
        List<String> codes = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
                .filter(c -> c.matches("[A-Z]{3}")).sorted().toList();
        Arbitrary<Double> rates = Arbitraries.oneOf(
                Arbitraries.doubles().between(0.0001, 1e5).ofScale(4),
                Arbitraries.randomValue(r -> Math.nextUp(0.0) + r.nextDouble() * Presentation.MAX_RATE),
                Arbitraries.of(Double.MIN_VALUE, Presentation.MAX_RATE));
        return Combinators.combine(Arbitraries.of(codes), rates)
                .as((code, rate) -> new Presentation(code, code.equals("USD") ? 1 : rate));
    }

    /** A random subset of inputs, each with a valid low ≤ high, at most the analysis limit moving. */
    private static Arbitrary<List<InputRange>> ranges() {
        List<Arbitrary<InputRange>> perField = new ArrayList<>();
        for (InputField f : InputField.values()) {
            Arbitrary<Double> v = ScenarioRoundTripPropertyTest.valuesOf(f);
            Arbitrary<InputRange> range = Combinators.combine(v, v, Arbitraries.of(true, false))
                    .as((a, b, point) -> point ? new InputRange(f, a, a)
                            : new InputRange(f, Math.min(a, b), Math.max(a, b)));
            perField.add(range.injectNull(0.7));
        }
        return Combinators.combine(perField).as(list -> {
            List<InputRange> kept = new ArrayList<>();
            int moving = 0;
            for (InputRange r : list) {
                if (r != null && (r.isPoint() || moving < Uncertainty.MAX_RANGED_INPUTS)) {
                    moving += r.isPoint() ? 0 : 1;
                    kept.add(r);
                }
            }
            // Shuffled order in, InputField order out: the document sorts.
            kept.sort(Comparator.comparing(r -> -r.input().ordinal()));
            return kept;
        });
    }

    private static Arbitrary<DeploymentSpec> deployments() {
        Arbitrary<String> label = Arbitraries.strings().all().ofMaxLength(20).injectNull(0.3);
        Arbitrary<Double> params = bounded(DeploymentSection.MAX_PARAMETERS_BILLIONS);
        Arbitrary<Double> memory = bounded(DeploymentSection.MAX_GPU_MEMORY_GB);
        Arbitrary<Double> headroom = bounded(DeploymentSection.MAX_HEADROOM_SHARE);
        return Combinators.combine(label, params, Arbitraries.of(Precision.class), label, memory, headroom)
                .as(DeploymentSpec::new);
    }

    private static Arbitrary<Double> bounded(double max) {
        return Arbitraries.oneOf(
                Arbitraries.of(0.0, max, Double.MIN_VALUE, Math.nextDown(max)),
                Arbitraries.doubles().between(0, max).ofScale(3),
                Arbitraries.randomValue(r -> r.nextDouble() * max));
    }
}
