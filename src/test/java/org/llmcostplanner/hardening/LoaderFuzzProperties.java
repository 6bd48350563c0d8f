package org.llmcostplanner.hardening;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.io.ScenarioFormatException;
import org.llmcostplanner.model.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing the scenario loader: whatever the bytes, it returns a valid scenario or throws
 * {@link ScenarioFormatException} with a one-line message — never anything else, never a hang.
 * A scenario it accepts is valid and survives a save/load round trip unchanged.
 */
class LoaderFuzzProperties {

    static final int TRIES = 3000;

    @Provide
    Arbitrary<byte[]> generatedJson() {
        return FuzzInputs.generatedJson();
    }

    @Provide
    Arbitrary<byte[]> mutatedFile() {
        return FuzzInputs.mutatedFile();
    }

    @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void generatedJsonIsLoadedOrRefused(@ForAll("generatedJson") byte[] json) throws Exception {
        loadedOrRefused(json);
    }

    @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void mutatedFileIsLoadedOrRefused(@ForAll("mutatedFile") byte[] file) throws Exception {
        loadedOrRefused(file);
    }

    private static void loadedOrRefused(byte[] bytes) throws Exception {
        Object outcome = TimeLimit.run(FuzzInputs.show(bytes), () -> {
            try {
                return ScenarioFile.parse(bytes, "fuzz.json");
            } catch (ScenarioFormatException e) {
                return e;
            }
        });
        Statistics.label("outcome").collect(outcome instanceof Scenario ? "loaded" : "refused");
        if (outcome instanceof ScenarioFormatException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith("fuzz.json: "), message);
            assertFalse(message.contains("\n") || message.contains("\r"), message);
            assertFalse(e.problem().isBlank(), message);
            return;
        }
        Scenario s = (Scenario) outcome;
        assertNull(s.firstInvalidInput(), "the loader accepted an invalid scenario from: " + FuzzInputs.show(bytes));
        assertEquals(s, ScenarioFile.parse(ScenarioFile.toBytes(s), "saved"), "round trip");
    }
}
