package org.llmcostplanner.ui.catalog;

import org.llmcostplanner.ui.QueuedPathChooser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.catalog.BuiltInCatalog;
import org.llmcostplanner.catalog.GpuOffer;
import org.llmcostplanner.catalog.UserCatalogStore;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.ui.FxPulseScheduler;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Prices view as a user works it, on its own stage with a private data directory. */
class CatalogViewTest extends FxRobot {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dataDir;

    private final QueuedPathChooser chooser = new QueuedPathChooser();
    private PlannerViewModel planner;
    private CatalogViewModel model;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            planner = new PlannerViewModel(Presets.seedArticle(), new FxPulseScheduler());
            model = new CatalogViewModel(planner, UserCatalogStore.open(dataDir), TODAY, PlannerServices.ioThread(),
                    Platform::runLater);
            stage.setScene(new Scene(new StackPane(CatalogFeature.view(model, chooser, () -> stage)), 1100, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private TableView<CatalogRow> table() {
        return lookup("#catalogTable").queryAs(TableView.class);
    }

    private String message() {
        return lookup("#catalogMessageLabel").queryAs(Label.class).getText();
    }

    /** An offer whose name the robot can type (its keyboard has no "×"). */
    private static GpuOffer typableOffer() {
        return BuiltInCatalog.get().gpuOffers().stream().filter(g -> g.name().chars().allMatch(c -> c < 128))
                .findFirst().orElseThrow();
    }

    @Test
    void filteringAndUseForGpuFillTheScenarioFromTheSelectedOffer() {
        GpuOffer offer = typableOffer();
        clickOn("#catalogFilterField").write(offer.name());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table().getItems().size());
        interact(() -> table().getSelectionModel().select(0));
        assertFalse(lookup("#useForGpuButton").query().isDisabled(), "a GPU offer is selected");
        clickOn("#useForGpuButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(offer.name(), planner.scenario().selfHost().gpu());
        assertEquals(offer.monthlyCost(), planner.scenario().selfHost().flatMonthlyCost(), 1e-9);
        assertTrue(lookup("#useForApiButton").query().isDisabled(), "a GPU offer is not for the API");
        long age = offer.ageInDays(TODAY);
        assertTrue(message().contains("checked " + offer.checked() + ", " + age + " days ago"), message());
    }

    @Test
    void stalePricesAreMarkedInTheAgeColumn() {
        GpuOffer offer = typableOffer();
        interact(() -> model.todayProperty().set(offer.checked().plusDays(CatalogRow.STALE_AFTER_DAYS + 3)));
        clickOn("#catalogFilterField").write(offer.name());
        WaitForAsyncUtils.waitForFxEvents();
        String expected = "\u26a0 " + offer.checked() + " (" + (CatalogRow.STALE_AFTER_DAYS + 3) + " days)";
        assertTrue(lookup(expected).tryQuery().isPresent(), "the age cell shows the warning");
        assertTrue(lookup(".stale-row").tryQuery().isPresent(), "the row carries the stale style");
    }

    @Test
    void aNewEntryWithABadPriceIsRefusedNamingTheFieldThenSavedWhenFixed() throws Exception {
        clickOn("#addGpuButton");
        clickOn("#nameField").write("My H100 deal");
        clickOn("#hourlyRateField").write("-2");
        clickOn("#memoryGbField").write("80");
        clickOn("#sourceField").write("sales quote");
        clickOn("#saveEntryButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Hourly rate (USD per instance-hour): -2 is out of range; allowed \u2265 0", message());
        assertTrue(UserCatalogStore.open(dataDir).entries().isEmpty());

        TextField rate = lookup("#hourlyRateField").queryAs(TextField.class);
        clickOn(rate);
        interact(rate::selectAll);
        write("1.8").type(KeyCode.TAB);
        clickOn("#saveEntryButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !UserCatalogStore.open(dataDir).entries().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("My H100 deal", UserCatalogStore.open(dataDir).entries().get(0).name());
        assertFalse(lookup("#entryFormPane").query().isVisible(), "the form closes after saving");
        assertTrue(table().getItems().stream().anyMatch(r -> r.user() && r.name().equals("My H100 deal")));
    }

    @Test
    void importingALiteLlmFileShowsTheCounts() throws Exception {
        Path file = Files.writeString(dataDir.resolve("litellm.json"), """
                {"sample_spec": {"mode": "chat"},
                 "tiny-chat": {"mode": "chat", "litellm_provider": "tiny",
                               "input_cost_per_token": 1e-07, "output_cost_per_token": 4e-07},
                 "tiny-image": {"mode": "image_generation"}}
                """);
        chooser.answerNext(file);
        clickOn("#importButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message().startsWith("Imported"));
        assertTrue(message().startsWith("Imported 1 chat models; skipped 2"), message());
        assertTrue(table().getItems().stream().anyMatch(r -> r.name().equals("tiny-chat") && r.user()));
    }
}
