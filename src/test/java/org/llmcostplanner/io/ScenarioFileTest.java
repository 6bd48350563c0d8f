package org.llmcostplanner.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.model.ApiPricing;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.SelfHost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioFileTest {

    private static final String HEADER = "{\"format\": \"llm-cost-planner.scenario\", \"version\": 1";

    private static Scenario parse(String json) throws ScenarioFormatException {
        return ScenarioFile.parse(json.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    @Test
    void headerOnlyFileIsTheSpecDefaults() throws Exception {
        Scenario s = parse(HEADER + "}");
        assertEquals(Scenario.defaults(), s);
        assertNull(s.api().cachedInputPricePerMTok(), "absent cache price follows 0.1 × input price");
        assertEquals(365.0 / 12.0, s.workload().billingDaysPerMonth());
    }

    @Test
    void everyInputFieldIsReadFromItsSectionAndName() throws Exception {
        for (InputField f : InputField.values()) {
            double value = f.minExclusive() || f.min() > 0 ? Math.min(f.max(), f.min() + 0.5) : Math.min(f.max(), 0.25);
            value = Math.min(value, f.max());
            String json = HEADER + ", \"" + f.section().jsonName() + "\": {\"" + f.jsonName() + "\": " + value + "}}";
            Scenario s = parse(json);
            assertEquals(value, f.get(s), f.path());
            assertEquals(Scenario.defaults().with(f, value), s, f.path());
        }
    }

    @Test
    void explicitCachePriceIsKeptAndAbsentFollowsInputPrice() throws Exception {
        Scenario follows = parse(HEADER + ", \"api\": {\"inputPricePerMTok\": 5}}");
        assertNull(follows.api().cachedInputPricePerMTok());
        assertEquals(0.5, follows.api().effectiveCachedInputPricePerMTok(), 1e-15);
        Scenario explicit = parse(HEADER + ", \"api\": {\"inputPricePerMTok\": 5, \"cachedInputPricePerMTok\": 0.3}}");
        assertEquals(0.3, explicit.api().cachedInputPricePerMTok());
        assertFalse(ScenarioFile.toJson(follows).contains("cachedInputPricePerMTok"));
        assertTrue(ScenarioFile.toJson(explicit).contains("\"cachedInputPricePerMTok\": 0.3"));
    }

    @Test
    void labelsAndBillingAreRead() throws Exception {
        Scenario s = parse(HEADER + ", \"name\": \"n\", \"notes\": \"line1\\nline2\", \"api\": {\"model\": \"A\"},"
                + " \"selfHost\": {\"model\": \"M\", \"gpu\": \"G\", \"billing\": \"hourly\"}}");
        assertEquals("n", s.name());
        assertEquals("line1\nline2", s.notes());
        assertEquals("A", s.api().model());
        assertEquals("M", s.selfHost().model());
        assertEquals("G", s.selfHost().gpu());
        assertEquals(Billing.HOURLY, s.selfHost().billing());
    }

    @Test
    void writtenFileIsPrettyStableAndEndsWithNewline() {
        Scenario s = Presets.seedArticle();
        String json = ScenarioFile.toJson(s);
        assertEquals(json, ScenarioFile.toJson(s));
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
        assertTrue(json.startsWith("{\n  \"format\": \"llm-cost-planner.scenario\",\n  \"version\": 2,\n"), json);
        assertTrue(json.contains("\n    \"billingDaysPerMonth\": 22.0,\n"), json);
    }

    @Test
    void keysAreWrittenInInputFieldOrder() {
        String json = ScenarioFile.toJson(Scenario.defaults().with(InputField.CACHED_INPUT_PRICE_PER_MTOK, 0.2));
        int last = -1;
        for (InputField f : InputField.values()) {
            int at = json.indexOf("\"" + f.jsonName() + "\"");
            assertTrue(at > last, f.path() + " out of order in\n" + json);
            last = at;
        }
    }

    @Test
    void seedPresetFileIsInTheCanonicalWrittenForm() throws Exception {
        try (InputStream in = Presets.class.getResourceAsStream("/org/llmcostplanner/presets/seed-article.json")) {
            String resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(ScenarioFile.toJson(Presets.seedArticleDocument()), resource);
        }
    }

    @Test
    void savingAnInvalidScenarioIsRefused() {
        Scenario bad = Scenario.defaults().with(InputField.UTILIZATION, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioFile.toJson(bad));
        assertTrue(e.getMessage().contains("selfHost.utilization"), e.getMessage());
    }

    @Test
    void nonAsciiAndLoneSurrogatesSurviveASave(@TempDir Path dir) throws Exception {
        Scenario s = Scenario.defaults().withName("Café ☕ \uD83D\uDE00 lone \uD800 end").withNotes("tab\there \u0001");
        Path file = dir.resolve("s.json");
        ScenarioFile.save(s, file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(bytes, new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8),
                "the file is valid UTF-8");
        assertEquals(s, ScenarioFile.load(file));
    }

    @Test
    void saveThenLoadReturnsAnEqualScenario(@TempDir Path dir) throws Exception {
        Scenario s = Presets.seedArticle().withBilling(Billing.HOURLY)
                .with(InputField.CACHED_INPUT_PRICE_PER_MTOK, 0.3)
                .withApi(new ApiPricing(null, 1, 2, 0.3, 0.4, 0.5, 0.6))
                .withSelfHost(new SelfHost(null, "gpu", Billing.HOURLY, 1, 2, 3, 0.5, 4));
        Path file = dir.resolve("round.json");
        ScenarioFile.save(s, file);
        assertEquals(s, ScenarioFile.load(file));
    }

    @Test
    void directoryIsRefused(@TempDir Path dir) {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioFile.load(dir));
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
        assertNull(e.path());
    }

    @Test
    void missingFileIsRefused(@TempDir Path dir) {
        Path file = dir.resolve("nope.json");
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioFile.load(file));
        assertEquals(file + ": file not found", e.getMessage());
    }

    @Test
    void fileOverTheCapIsRefusedBeforeItIsOpened(@TempDir Path dir) throws IOException {
        Path big = tooLargeFile(dir);
        BoundedFileReader neverOpens = new BoundedFileReader(p -> {
            throw new AssertionError("opened a file whose size is over the cap");
        }, JsonSupport.MAX_FILE_BYTES);
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioFile.load(big, neverOpens));
        assertTrue(e.getMessage().contains("too large (" + (JsonSupport.MAX_FILE_BYTES + 1) + " bytes)"), e.getMessage());
        ScenarioFormatException real = assertThrows(ScenarioFormatException.class, () -> ScenarioFile.load(big));
        assertTrue(real.getMessage().contains("too large"), real.getMessage());
    }

    @Test
    void streamThatNeverEndsIsCutAtTheCap(@TempDir Path dir) throws IOException {
        Path small = Files.writeString(dir.resolve("grows.json"), HEADER + "}");
        int[] served = {0};
        BoundedFileReader endless = new BoundedFileReader(p -> new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ' ';
            }
        }, 1000);
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioFile.load(small, endless));
        assertTrue(e.getMessage().contains("too large (more than 1000 bytes)"), e.getMessage());
        assertTrue(served[0] <= 1001 + 8192, "read " + served[0] + " bytes of an endless stream");
    }

    @Test
    void unreadableFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("secret.json"), HEADER + "}");
        BoundedFileReader denied = new BoundedFileReader(p -> {
            throw new AccessDeniedException(p.toString());
        }, JsonSupport.MAX_FILE_BYTES);
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioFile.load(file, denied));
        assertEquals(file + ": cannot be read: permission denied", e.getMessage());
    }

    @Test
    void ioErrorWhileReadingIsOneLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("flaky.json"), HEADER + "}");
        BoundedFileReader ioFailing = new BoundedFileReader(p -> {
            throw new IOException("Input/output error\nsecond line");
        }, JsonSupport.MAX_FILE_BYTES);
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioFile.load(file, ioFailing));
        assertEquals(file + ": cannot be read: Input/output error second line", e.getMessage());
    }

    static Path tooLargeFile(Path dir) throws IOException {
        byte[] spaces = new byte[JsonSupport.MAX_FILE_BYTES + 1];
        Arrays.fill(spaces, (byte) ' ');
        byte[] header = (HEADER + "}").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, spaces, 0, header.length);
        return Files.write(dir.resolve("big.json"), spaces);
    }
}
