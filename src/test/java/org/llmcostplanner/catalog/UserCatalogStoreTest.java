package org.llmcostplanner.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCatalogStoreTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dataDir;

    @Test
    void missingFileIsAnEmptyStoreWithoutProblems() {
        UserCatalogStore store = UserCatalogStore.open(dataDir);
        assertEquals(List.of(), store.entries());
        assertEquals(List.of(), store.problems());
        assertFalse(Files.exists(store.file()), "opening must not create the file");
    }

    @Test
    void addedEditedAndDeletedEntriesSurviveReopening() throws IOException {
        UserCatalogStore store = UserCatalogStore.open(dataDir);
        ApiModelPrice mine = new ApiModelPrice("My model", "Acme", 1.5, 6, 0.15, 0.75, 3.0, null, "Acme price page",
                DAY, Confidence.UNCERTAIN, "negotiated");
        GpuOffer rig = new GpuOffer("Office rig", "self", 0.4, 24, 2, "own invoice", DAY, Confidence.SOLID, null);
        store.add(mine);
        store.add(rig);
        assertEquals(List.of(mine, rig), UserCatalogStore.open(dataDir).entries());

        GpuOffer cheaper = new GpuOffer("Office rig v2", "self", 0.3, 24, 2, "own invoice", DAY, Confidence.SOLID, null);
        store.replace("office rig", cheaper);
        assertEquals(List.of(mine, cheaper), UserCatalogStore.open(dataDir).entries());

        store.delete("My model");
        assertEquals(List.of(cheaper), UserCatalogStore.open(dataDir).entries());
        assertNoTempFilesLeft();
    }

    @Test
    void duplicateNamesAndUnknownNamesAreRefusedWithoutSaving() throws IOException {
        UserCatalogStore store = UserCatalogStore.open(dataDir);
        store.add(CatalogTest.gpu("A", 1));
        store.add(CatalogTest.gpu("B", 2));
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> store.add(CatalogTest.gpu("a", 3)));
        assertTrue(dup.getMessage().contains("already exists"), dup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> store.replace("A", CatalogTest.gpu("b", 3)));
        assertThrows(IllegalArgumentException.class, () -> store.delete("C"));
        assertEquals(2, UserCatalogStore.open(dataDir).entries().size());
        assertEquals(1.0, ((GpuOffer) UserCatalogStore.open(dataDir).entries().get(0)).hourlyRate());
    }

    @Test
    void userEntryOverridesTheBuiltInOfTheSameName() throws IOException {
        UserCatalogStore store = UserCatalogStore.open(dataDir);
        store.add(new GpuOffer("H100 80 GB ×1 (DigitalOcean)", "DigitalOcean", 2.99, 80, 1, "my quote", DAY,
                Confidence.SOLID, null));
        Catalog catalog = store.withBuiltIns();
        assertEquals(BuiltInCatalog.get().size(), catalog.size());
        assertEquals(2.99, ((GpuOffer) catalog.find("H100 80 GB ×1 (DigitalOcean)").orElseThrow()).hourlyRate());
    }

    @Test
    void invalidJsonIsReportedWithItsPlaceAndTheBuiltInsStillWork() throws IOException {
        write("{\"version\": 1, \"entries\": [ {\"kind\": \"gpu\", ");
        UserCatalogStore store = UserCatalogStore.open(dataDir);
        assertEquals(List.of(), store.entries());
        assertEquals(1, store.problems().size());
        assertTrue(store.problems().get(0).contains("not valid JSON at line 1"), store.problems().get(0));
        assertEquals(BuiltInCatalog.get().size(), store.withBuiltIns().size());
    }

    @Test
    void badEntryIsLeftOutNamingEntryAndFieldWhileGoodOnesLoad() throws IOException {
        write("""
                {"version": 1, "entries": [
                  {"kind": "gpu", "name": "Good", "provider": "x", "hourlyRate": 1.0, "memoryGb": 24,
                   "source": "s", "checked": "2026-06-01", "confidence": "solid"},
                  {"kind": "api", "name": "Bad price", "provider": "x", "inputPricePerMTok": -3,
                   "outputPricePerMTok": 1, "source": "s", "checked": "2026-06-01", "confidence": "solid"},
                  {"kind": "api", "name": "Bad date", "provider": "x", "inputPricePerMTok": 3,
                   "outputPricePerMTok": 1, "source": "s", "checked": "June 2026", "confidence": "solid"},
                  {"kind": "api", "name": "Text price", "provider": "x", "inputPricePerMTok": "3",
                   "outputPricePerMTok": 1, "source": "s", "checked": "2026-06-01", "confidence": "solid"},
                  {"kind": "tpu", "name": "Odd kind"}
                ]}
                """);
        UserCatalogStore store = UserCatalogStore.open(dataDir);
        assertEquals(List.of("Good"), store.entries().stream().map(CatalogEntry::name).toList());
        List<String> problems = store.problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("entry 2 (\"Bad price\"): inputPricePerMTok: -3 is out of range; allowed ≥ 0"),
                problems.get(0));
        assertTrue(problems.get(1).contains("entry 3 (\"Bad date\"): checked: \"June 2026\" is not an ISO date"),
                problems.get(1));
        assertTrue(problems.get(2).contains("entry 4 (\"Text price\"): inputPricePerMTok: must be a number"),
                problems.get(2));
        assertTrue(problems.get(3).contains("entry 5 (\"Odd kind\"): kind: \"tpu\" is unknown"), problems.get(3));
    }

    @Test
    void hugeFileIsReportedWithoutReadingIt() throws IOException {
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(
                dataDir.resolve(UserCatalogStore.FILE_NAME).toFile(), "rw")) {
            sparse.setLength(UserCatalogStore.MAX_FILE_BYTES + 1);
        }
        UserCatalogStore store = UserCatalogStore.open(dataDir);
        assertEquals(List.of(), store.entries());
        assertTrue(store.problems().get(0).contains("is too large for a catalog file"), store.problems().toString());
    }

    @Test
    void savingOverADamagedFileKeepsTheOriginalAside() throws IOException {
        String damaged = "{ this is what the user typed by hand";
        write(damaged);
        UserCatalogStore store = UserCatalogStore.open(dataDir);
        store.add(CatalogTest.gpu("New", 1));

        Path kept = dataDir.resolve(UserCatalogStore.FILE_NAME + ".invalid");
        assertEquals(damaged, Files.readString(kept));
        assertEquals(List.of("New"), UserCatalogStore.open(dataDir).entries().stream().map(CatalogEntry::name).toList());
        assertTrue(UserCatalogStore.open(dataDir).problems().isEmpty());
    }

    @Test
    void putAllReplacesSameNamedEntriesInPlaceAndAppendsTheRest() throws IOException {
        UserCatalogStore store = UserCatalogStore.open(dataDir);
        store.add(CatalogTest.gpu("a", 1));
        store.add(CatalogTest.gpu("b", 2));
        store.putAll(List.of(CatalogTest.gpu("B", 20), CatalogTest.gpu("c", 3)));
        List<CatalogEntry> reopened = UserCatalogStore.open(dataDir).entries();
        assertEquals(List.of("a", "B", "c"), reopened.stream().map(CatalogEntry::name).toList());
        assertEquals(20, ((GpuOffer) reopened.get(1)).hourlyRate());
    }

    @Test
    void openWithoutArgumentsUsesTheTestDataDirectoryFromTheBuild() {
        Path configured = Path.of(System.getProperty(DataDirectory.PROPERTY));
        assertEquals(configured.resolve(UserCatalogStore.FILE_NAME), UserCatalogStore.open().file());
    }

    private void write(String content) throws IOException {
        Files.writeString(dataDir.resolve(UserCatalogStore.FILE_NAME), content, StandardCharsets.UTF_8);
    }

    private void assertNoTempFilesLeft() throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            assertEquals(List.of(UserCatalogStore.FILE_NAME, UserCatalogStore.FILE_NAME + ".bak"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
