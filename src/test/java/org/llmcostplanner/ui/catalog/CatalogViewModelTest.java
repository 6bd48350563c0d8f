package org.llmcostplanner.ui.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.catalog.ApiModelPrice;
import org.llmcostplanner.catalog.BuiltInCatalog;
import org.llmcostplanner.catalog.CatalogEntry;
import org.llmcostplanner.catalog.GpuOffer;
import org.llmcostplanner.catalog.UserCatalogStore;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.PlannerViewModel;

class CatalogViewModelTest {

    private static final Executor NOW = Runnable::run;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    private final DirectPulses pulses = new DirectPulses();
    private final Scenario seed = Presets.seedArticle();
    private final PlannerViewModel planner = new PlannerViewModel(seed, pulses);

    private CatalogViewModel open() {
        return new CatalogViewModel(planner, UserCatalogStore.open(dir), TODAY, NOW, NOW);
    }

    private static CatalogRow row(CatalogViewModel m, String name) {
        return m.shownRows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsEveryBuiltInEntryWithItsAgeOnTheDaySet() {
        CatalogViewModel m = open();
        assertEquals(BuiltInCatalog.get().size(), m.shownRows().size());
        CatalogEntry h100 = BuiltInCatalog.get().gpuOffers().get(0);
        long age = h100.ageInDays(TODAY);
        CatalogRow r = row(m, h100.name());
        assertTrue(r.checkedText().endsWith("checked " + h100.checked() + ", " + age + " days ago"), r.checkedText());
        assertEquals(age > CatalogRow.STALE_AFTER_DAYS, r.stale());

        m.todayProperty().set(h100.checked().plusDays(3));
        CatalogRow fresh = row(m, h100.name());
        assertEquals("checked " + h100.checked() + ", 3 days ago", fresh.checkedText());
        assertFalse(fresh.stale());
        m.todayProperty().set(h100.checked().plusDays(CatalogRow.STALE_AFTER_DAYS + 1));
        CatalogRow old = row(m, h100.name());
        assertTrue(old.stale());
        assertTrue(old.checkedText().startsWith("\u26a0 "), "stale prices are marked: " + old.checkedText());
    }

    @Test
    void filtersByKindAndText() {
        CatalogViewModel m = open();
        m.kindFilterProperty().set(CatalogViewModel.KindFilter.GPU);
        assertEquals(BuiltInCatalog.get().gpuOffers().size(), m.shownRows().size());
        assertTrue(m.shownRows().stream().noneMatch(CatalogRow::isApi));
        m.kindFilterProperty().set(CatalogViewModel.KindFilter.ALL);
        m.filterTextProperty().set("ANTHROPIC");
        assertFalse(m.shownRows().isEmpty());
        assertTrue(m.shownRows().stream().allMatch(r -> r.provider().equalsIgnoreCase("anthropic")));
    }

    @Test
    void useForApiFillsThePricesAndModelLabelAsOneUnsavedEdit() {
        CatalogViewModel m = open();
        ApiModelPrice model = BuiltInCatalog.get().apiModels().stream()
                .filter(a -> a.inputPricePerMTok() != seed.api().inputPricePerMTok()).findFirst().orElseThrow();
        m.useForApi(row(m, model.name()));
        Scenario s = planner.scenario();
        assertEquals(model.applyTo(seed), s);
        assertEquals(model.name(), s.api().model());
        assertEquals(model.inputPricePerMTok(), planner.input(InputField.INPUT_PRICE_PER_MTOK).get());
        assertTrue(planner.dirtyProperty().get());
        assertTrue(m.messageProperty().get().contains(model.name()));
        assertFalse(m.messageIsErrorProperty().get());
    }

    @Test
    void useForGpuFillsTheRateAndLabelAndRefusesTheWrongKind() {
        CatalogViewModel m = open();
        GpuOffer gpu = BuiltInCatalog.get().gpuOffers().get(1);
        m.useForGpu(row(m, gpu.name()));
        assertEquals(gpu.name(), planner.scenario().selfHost().gpu());
        assertEquals(gpu.hourlyRate(), planner.scenario().selfHost().hourlyRate());
        Scenario before = planner.scenario();
        m.useForApi(row(m, gpu.name()));
        assertEquals(before, planner.scenario());
        assertTrue(m.messageIsErrorProperty().get());
    }

    @Test
    void addEditAndDeleteUserEntriesAreSavedInTheDataDirectory() throws Exception {
        CatalogViewModel m = open();
        m.startAdd(EntryForm.Kind.GPU);
        EntryForm f = m.form();
        f.text("name").set("My H100 deal");
        f.text("provider").set("Acme Cloud");
        f.text("hourlyRate").set("1.75");
        f.text("memoryGb").set("80");
        f.text("gpuCount").set("2");
        f.text("source").set("sales quote");
        assertTrue(m.saveForm().join());
        assertFalse(m.formOpenProperty().get());
        CatalogRow mine = row(m, "My H100 deal");
        assertTrue(mine.user());
        assertEquals(1, UserCatalogStore.open(dir).entries().size(), "saved to user-catalog.json");
        assertEquals(TODAY, mine.entry().checked(), "a new entry is checked today by default");

        m.startEdit(mine);
        f.text("hourlyRate").set("1.5");
        assertTrue(m.saveForm().join());
        assertEquals(1.5, ((GpuOffer) UserCatalogStore.open(dir).entries().get(0)).hourlyRate());

        assertTrue(m.delete(row(m, "My H100 deal")).join());
        assertTrue(UserCatalogStore.open(dir).entries().isEmpty());
        assertTrue(m.shownRows().stream().noneMatch(r -> r.name().equals("My H100 deal")));
    }

    @Test
    void badFormValuesAreRefusedWithTheFieldsLabelAndRange() {
        CatalogViewModel m = open();
        m.startAdd(EntryForm.Kind.API);
        EntryForm f = m.form();
        f.text("name").set("Cheap model");
        f.text("source").set("their page");
        f.text("inputPricePerMTok").set("-3");
        f.text("outputPricePerMTok").set("1");
        assertFalse(m.saveForm().join());
        assertEquals("Input price (USD per MTok): -3 is out of range; allowed \u2265 0", m.messageProperty().get());
        assertTrue(m.messageIsErrorProperty().get());
        assertTrue(m.formOpenProperty().get(), "the form stays open with what was typed");

        f.text("inputPricePerMTok").set("abc");
        m.saveForm().join();
        assertEquals("Input price (USD per MTok): \"abc\" is not a number", m.messageProperty().get());
        f.text("inputPricePerMTok").set("1");
        f.text("checked").set("last week");
        m.saveForm().join();
        assertTrue(m.messageProperty().get().startsWith("Checked (YYYY-MM-DD):"), m.messageProperty().get());
        assertTrue(UserCatalogStore.open(dir).entries().isEmpty(), "nothing saved");
    }

    @Test
    void builtInEntriesCannotBeDeleted() {
        CatalogViewModel m = open();
        CatalogRow builtIn = m.shownRows().get(0);
        assertFalse(m.delete(builtIn).join());
        assertTrue(m.messageIsErrorProperty().get());
    }

    @Test
    void importingALiteLlmFileAddsChatModelsAndReportsTheSkippedCounts() throws Exception {
        Path file = Files.writeString(dir.resolve("prices.json"), """
                {
                  "sample_spec": {"mode": "chat", "input_cost_per_token": 0},
                  "acme-chat": {"mode": "chat", "litellm_provider": "acme",
                                "input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05},
                  "acme-embed": {"mode": "embedding", "input_cost_per_token": 1e-07},
                  "acme-broken": {"mode": "chat", "input_cost_per_token": "free", "output_cost_per_token": 1e-06}
                }
                """);
        CatalogViewModel m = open();
        assertTrue(m.importLiteLlm(file).join());
        assertTrue(m.messageProperty().get().startsWith("Imported 1 chat models; skipped 3"), m.messageProperty().get());
        CatalogRow imported = row(m, "acme-chat");
        assertTrue(imported.user());
        assertEquals(3.0, ((ApiModelPrice) imported.entry()).inputPricePerMTok());
        assertEquals(TODAY, imported.entry().checked());
        assertEquals(1, UserCatalogStore.open(dir).entries().size());
    }

    @Test
    void anUnreadableImportFileIsReportedAndChangesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("not-prices.json"), "[1, 2");
        CatalogViewModel m = open();
        int before = m.shownRows().size();
        assertFalse(m.importLiteLlm(file).join());
        assertTrue(m.messageIsErrorProperty().get());
        assertTrue(m.messageProperty().get().contains("not-prices.json"), m.messageProperty().get());
        assertEquals(before, m.shownRows().size());
    }
}
