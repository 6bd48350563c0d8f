package org.llmcostplanner.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.analysis.DeploymentSpec;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.analysis.Precision;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenario file v2: the document view, the migration of v1 files, and what the extras hold. */
class ScenarioDocumentFileTest {

    private static final String V1 = "{\"format\": \"llm-cost-planner.scenario\", \"version\": 1";
    private static final String V2 = "{\"format\": \"llm-cost-planner.scenario\", \"version\": 2";
    private static final String EXTRAS = ", \"presentation\": {\"currency\": \"EUR\", \"usdExchangeRate\": 0.92}"
            + ", \"ranges\": {\"ops.setupHours\": {\"low\": 4, \"high\": 6},"
            + " \"ops.maintenanceHoursPerMonth\": {\"low\": 2, \"high\": 4}}"
            + ", \"deployment\": {\"model\": \"Llama 3.2 90B\", \"parametersBillions\": 88.8, \"precision\": \"FP8\","
            + " \"gpu\": \"H100\", \"gpuMemoryGb\": 80, \"kvCacheHeadroomShare\": 0.3}";

    private static ScenarioDocument parse(String json) throws ScenarioFormatException {
        return ScenarioFile.parseDocument(json.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    @Test
    void versionOneFileLoadsAsADocumentWithoutExtras() throws Exception {
        String body = ", \"ops\": {\"maintenanceHoursPerMonth\": 7}}";
        ScenarioDocument v1 = parse(V1 + body);
        assertEquals(ScenarioDocument.of(Scenario.defaults().with(InputField.MAINTENANCE_HOURS_PER_MONTH, 7)), v1);
        assertNull(v1.presentation());
        assertTrue(v1.ranges().isEmpty());
        assertNull(v1.deployment());
        assertEquals(v1, parse(V2 + body), "the same body as version 2 is the same document");
    }

    @Test
    void versionOneFileIsSavedAsVersionTwoWithTheSameScenario(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("old.json"), V1 + ", \"name\": \"old\", \"api\": {\"model\": \"m\"}}");
        ScenarioDocument loaded = ScenarioFile.loadDocument(file);
        ScenarioFile.save(loaded, file);
        String saved = Files.readString(file);
        assertTrue(saved.contains("\"version\": 2,"), saved);
        assertEquals(loaded, ScenarioFile.loadDocument(file));
        assertTrue(Files.readString(AtomicFileWriter.backupOf(file)).contains("\"version\": 1"), "the v1 original is kept as .bak");
    }

    @Test
    void extrasAreReadIntoTheirRecords() throws Exception {
        ScenarioDocument d = parse(V2 + EXTRAS + "}");
        assertEquals(new Presentation("EUR", 0.92), d.presentation());
        assertEquals(List.of(new InputRange(InputField.MAINTENANCE_HOURS_PER_MONTH, 2, 4),
                new InputRange(InputField.SETUP_HOURS, 4, 6)), d.ranges(), "ranges in InputField order");
        assertEquals(new DeploymentSpec("Llama 3.2 90B", 88.8, Precision.FP8, "H100", 80, 0.3), d.deployment());
        assertEquals(new InputRange(InputField.SETUP_HOURS, 4, 6), d.range(InputField.SETUP_HOURS));
        assertNull(d.range(InputField.RAMP_DAYS));
    }

    @Test
    void absentDeploymentKeysAreUnknownAtInt4WithDefaultHeadroom() throws Exception {
        DeploymentSpec d = parse(V2 + ", \"deployment\": {}}").deployment();
        assertEquals(new DeploymentSpec(null, 0, Precision.INT4, null, 0,
                DeploymentSpec.DEFAULT_KV_CACHE_HEADROOM_SHARE), d);
        assertFalse(d.modelKnown());
        assertFalse(d.gpuMemoryKnown());
    }

    @Test
    void scenarioViewOfAVersionTwoFileDropsTheExtras(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("v2.json"), V2 + ", \"name\": \"n\"" + EXTRAS + "}");
        Scenario scenario = ScenarioFile.load(file);
        ScenarioDocument document = ScenarioFile.loadDocument(file);
        assertEquals(document.scenario(), scenario);
        assertEquals("n", scenario.name());
        assertEquals(3, document.ranges().size() + 1);
    }

    @Test
    void extrasAreWrittenAfterTheInputsOnlyWhenPresent() throws Exception {
        String none = ScenarioFile.toJson(ScenarioDocument.of(Scenario.defaults()));
        for (String key : ScenarioFormat.versionTwoKeys()) {
            assertFalse(none.contains("\"" + key + "\""), key + " written without content:\n" + none);
        }
        assertEquals(ScenarioFile.toJson(Scenario.defaults()), none, "a bare Scenario saves as a document without extras");
        String all = ScenarioFile.toJson(parse(V2 + EXTRAS + "}"));
        int routing = all.indexOf("\"routing\"");
        int presentation = all.indexOf("\"presentation\"");
        int ranges = all.indexOf("\"ranges\"");
        int deployment = all.indexOf("\"deployment\"");
        assertTrue(routing < presentation && presentation < ranges && ranges < deployment, all);
        assertTrue(all.indexOf("ops.maintenanceHoursPerMonth") < all.indexOf("ops.setupHours"), all);
    }

    @Test
    void savingKeepsEveryExtra(@TempDir Path dir) throws Exception {
        ScenarioDocument d = parse(V2 + EXTRAS + "}").withScenario(Scenario.defaults().withName("kept"));
        Path file = dir.resolve("doc.json");
        ScenarioFile.save(d, file);
        assertEquals(d, ScenarioFile.loadDocument(file));
        byte[] first = Files.readAllBytes(file);
        ScenarioFile.save(ScenarioFile.loadDocument(file), file);
        assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(file), "same document, same bytes");
    }

    @Test
    void documentRefusesTwoRangesForOneInput() {
        List<InputRange> twice = List.of(new InputRange(InputField.SETUP_HOURS, 1, 2),
                new InputRange(InputField.SETUP_HOURS, 3, 4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioDocument.of(Scenario.defaults()).withRanges(twice));
        assertTrue(e.getMessage().contains("ops.setupHours"), e.getMessage());
    }

    @Test
    void moreRangesThanTheAnalysisTakesAreRefusedInFilesAndDocuments() {
        List<InputRange> ranges = new ArrayList<>();
        StringBuilder json = new StringBuilder(V2 + ", \"ranges\": {");
        for (InputField f : InputField.values()) {
            if (ranges.size() == 13) {
                break;
            }
            double low = f.minExclusive() ? f.max() / 2 : f.min();
            double high = Math.min(f.max(), low + 0.5);
            ranges.add(new InputRange(f, low, high));
            json.append(ranges.size() > 1 ? ", " : "").append("\"").append(f.path()).append("\": {\"low\": ")
                    .append(low).append(", \"high\": ").append(high).append("}");
        }
        assertThrows(IllegalArgumentException.class, () -> ScenarioDocument.of(Scenario.defaults()).withRanges(ranges));
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> parse(json + "}}"));
        assertEquals("ranges", e.path());
        assertTrue(e.problem().contains("13 inputs carry a range; at most 12"), e.getMessage());
        ScenarioDocument points = ScenarioDocument.of(Scenario.defaults()).withRanges(
                ranges.stream().map(r -> new InputRange(r.input(), r.low(), r.low())).toList());
        assertEquals(13, points.ranges().size(), "zero-width ranges do not count toward the limit");
    }

    @Test
    void savingADeploymentTheLoaderWouldRefuseIsRefused() {
        ScenarioDocument d = ScenarioDocument.of(Scenario.defaults())
                .withDeployment(new DeploymentSpec(null, 8, Precision.BF16, null, 24, 11));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioFile.toJson(d));
        assertTrue(e.getMessage().contains("deployment.kvCacheHeadroomShare: 11 is out of range"), e.getMessage());
    }

    @Test
    void presentationIsDisplayOnly() {
        Presentation eur = new Presentation("EUR", 0.92);
        assertEquals(92.0, eur.fromUsd(100), 1e-12);
        assertEquals(Presentation.USD, ScenarioDocument.of(Scenario.defaults()).presentationOrUsd());
        assertThrows(IllegalArgumentException.class, () -> new Presentation("EUR", 0));
        assertThrows(IllegalArgumentException.class, () -> new Presentation("USD", 2));
        assertThrows(IllegalArgumentException.class, () -> new Presentation("Euro", 1));
    }

    @Test
    void deploymentFallsBackToWhatTheLabelsTell() throws Exception {
        Scenario labelled = Scenario.defaults().withSelfHost(new org.llmcostplanner.model.SelfHost(
                "Llama 3.2 90B", "H100 80 GB", org.llmcostplanner.model.Billing.FLAT, 20, 0, 0, 1, 0));
        assertEquals(DeploymentSpec.inferFrom(labelled), ScenarioDocument.of(labelled).deploymentOrInferred());
        DeploymentSpec recorded = DeploymentSpec.of("x", 8, Precision.BF16, "y", 24);
        assertEquals(recorded, ScenarioDocument.of(labelled).withDeployment(recorded).deploymentOrInferred());
    }
}
