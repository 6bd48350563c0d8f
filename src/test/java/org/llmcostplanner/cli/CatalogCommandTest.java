package org.llmcostplanner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.catalog.BuiltInCatalog;
import org.llmcostplanner.catalog.Confidence;
import org.llmcostplanner.catalog.DataDirectory;
import org.llmcostplanner.catalog.GpuOffer;
import org.llmcostplanner.catalog.UserCatalogStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogCommandTest {

    private static final List<String> API_FIELDS = List.of("kind", "name", "provider", "inputPricePerMTok",
            "outputPricePerMTok", "cachedInputPricePerMTok", "source", "checked", "confidence");
    private static final List<String> GPU_FIELDS = List.of("kind", "name", "provider", "hourlyRate", "memoryGb",
            "source", "checked", "confidence");

    @TempDir
    Path dataDir;

    private String previousDataDir;

    @BeforeEach
    void useAnEmptyDataDirectory() {
        previousDataDir = System.getProperty(DataDirectory.PROPERTY);
        System.setProperty(DataDirectory.PROPERTY, dataDir.toString());
    }

    @AfterEach
    void restoreTheDataDirectory() {
        if (previousDataDir == null) {
            System.clearProperty(DataDirectory.PROPERTY);
        } else {
            System.setProperty(DataDirectory.PROPERTY, previousDataDir);
        }
    }

    @Test
    void printsEveryBuiltInEntryWithTheContractFields() throws Exception {
        JsonNode array = json(CliRun.of("catalog"));
        assertEquals(BuiltInCatalog.get().size(), array.size());
        int api = 0;
        for (JsonNode e : array) {
            boolean isApi = e.get("kind").asText().equals("api");
            api += isApi ? 1 : 0;
            for (String field : isApi ? API_FIELDS : GPU_FIELDS) {
                assertTrue(e.has(field), field + " missing in " + e);
            }
        }
        assertEquals(BuiltInCatalog.get().apiModels().size(), api);
        JsonNode sonnet = find(array, "Claude Sonnet 4.6");
        assertEquals(3.0, sonnet.get("inputPricePerMTok").doubleValue());
        assertEquals(15.0, sonnet.get("outputPricePerMTok").doubleValue());
        assertEquals(0.3, sonnet.get("cachedInputPricePerMTok").doubleValue());
        JsonNode h100 = find(array, "H100 80 GB ×1 (DigitalOcean)");
        assertEquals(3.39, h100.get("hourlyRate").doubleValue());
        assertEquals(80.0, h100.get("memoryGb").doubleValue());
        assertEquals("2026-05-28", h100.get("checked").asText());
        assertEquals("solid", h100.get("confidence").asText());
    }

    @Test
    void includesTheUsersOwnEntriesOverridingBuiltIns() throws Exception {
        UserCatalogStore store = UserCatalogStore.open(dataDir);
        LocalDate day = LocalDate.of(2026, 11, 1);
        store.add(new GpuOffer("H100 80 GB ×1 (DigitalOcean)", "DigitalOcean", 2.5, 80, 1, "my quote", day,
                Confidence.SOLID, null));
        store.add(new GpuOffer("Office rig", "self", 0.4, 24, 1, "invoice", day, Confidence.UNCERTAIN, null));

        JsonNode all = json(CliRun.of("catalog"));
        assertEquals(BuiltInCatalog.get().size() + 1, all.size());
        assertEquals(2.5, find(all, "H100 80 GB ×1 (DigitalOcean)").get("hourlyRate").doubleValue());
        assertEquals("uncertain", find(all, "Office rig").get("confidence").asText());

        assertEquals(2, json(CliRun.of("catalog", "--only", "user")).size());
        assertEquals(3.39, find(json(CliRun.of("catalog", "--only", "builtin")), "H100 80 GB ×1 (DigitalOcean)")
                .get("hourlyRate").doubleValue());
    }

    @Test
    void damagedUserFileIsOneLineNamingEntryAndFieldAndBuiltInStillPrints() throws Exception {
        Files.writeString(dataDir.resolve(UserCatalogStore.FILE_NAME), """
                {"version": 1, "entries": [{"kind": "gpu", "name": "Rig", "provider": "self", "hourlyRate": -1,
                  "memoryGb": 24, "source": "s", "checked": "2026-11-01", "confidence": "solid"}]}
                """);
        String line = CliRun.of("catalog").badInputLine();
        assertTrue(line.contains(UserCatalogStore.FILE_NAME), line);
        assertTrue(line.contains("entry 1 (\"Rig\"): hourlyRate: -1 is out of range; allowed ≥ 0"), line);
        assertTrue(line.contains("--only builtin"), line);

        assertEquals(BuiltInCatalog.get().size(), json(CliRun.of("catalog", "--only", "builtin")).size());
    }

    @Test
    void badArgumentsAreOneLineAndExit2() {
        assertTrue(CliRun.of("catalog", "extra").badInputLine().contains("unexpected argument \"extra\""));
        assertTrue(CliRun.of("catalog", "--only", "everything").badInputLine().contains("allowed: builtin, user"));
        assertTrue(CliRun.of("catalog", "--kind", "api").badInputLine().contains("unknown option --kind"));
    }

    @Test
    void helpListsTheCommand() {
        CliRun help = CliRun.of("--help");
        assertEquals(Cli.OK, help.status());
        assertTrue(help.out().contains("catalog [--only builtin|user]"), help.out());
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertEquals(Cli.OK, run.status(), run.err());
        assertEquals("", run.err());
        JsonNode node = new ObjectMapper().readTree(run.out());
        assertTrue(node.isArray(), run.out());
        return node;
    }

    private static JsonNode find(JsonNode array, String name) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            JsonNode e = it.next();
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no entry named " + name);
    }
}
