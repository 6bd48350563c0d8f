package org.llmcostplanner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.analysis.DeploymentSpec;
import org.llmcostplanner.analysis.Precision;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.ScenarioDocument;
import org.llmcostplanner.io.ScenarioFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's "warnings" through the command line, from the preset and from a file's deployment. */
class ReportWarningsCliTest {

    private static List<String> warnings(CliRun run) throws Exception {
        assertEquals(Cli.OK, run.status(), run.err());
        JsonNode r = new ObjectMapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        r.fieldNames().forEachRemaining(keys::add);
        assertEquals("warnings", keys.get(keys.size() - 1), "warnings come after the spec's keys");
        List<String> out = new ArrayList<>();
        r.get("warnings").forEach(w -> out.add(w.textValue()));
        return out;
    }

    @Test
    void seedPresetCarriesTheMemoryWarning() throws Exception {
        List<String> w = warnings(CliRun.of("report", "--preset", "seed-article"));
        assertTrue(w.stream().anyMatch(s -> s.startsWith("Llama 3.2 90B at INT4 needs about 57 GB")
                && s.contains("one L4 GPU (24 GB) cannot hold it")), w::toString);
    }

    @Test
    void aFilesDeploymentDecides(@TempDir Path dir) throws Exception {
        ScenarioDocument seed = Presets.seedArticleDocument();
        Path small = dir.resolve("small.json");
        ScenarioFile.save(seed.withDeployment(DeploymentSpec.of("Llama 3.1 8B", 8, Precision.BF16, "H100", 80)), small);
        assertFalse(warnings(CliRun.of("report", small.toString())).stream().anyMatch(s -> s.contains("cannot hold it")));
        Path big = dir.resolve("big.json");
        ScenarioFile.save(seed.withDeployment(DeploymentSpec.of("Llama 3.2 90B", 88.8, Precision.BF16, "H100", 80)), big);
        assertTrue(warnings(CliRun.of("report", big.toString())).stream()
                .anyMatch(s -> s.contains("it takes 3 such GPUs")), "BF16 90B needs ~213 GB: 3 × 80 GB");
    }
}
