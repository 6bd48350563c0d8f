package org.llmcostplanner.ui.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.llmcostplanner.io.ScenarioDocument;
import org.llmcostplanner.ui.DisplayMoney;
import org.llmcostplanner.ui.FileActions;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerViewModel;

/**
 * The scenario workflow of a shown planner window: undo/redo (Edit menu), File → Open Recent,
 * autosave to a recovery file and the offer to restore a crashed session's work. Installed once
 * the window is shown, adding its menus to the window's menu bar.
 */
public final class Workflow {

    /** Test hook: {@code NAME=VALUE} sets an input once the window is up, as a user edit would. */
    public static final String SET_INPUT_PROPERTY = "llmcostplanner.test.setInput";
    /** Test hook: a scenario file to open once the window is up (before {@link #SET_INPUT_PROPERTY}). */
    public static final String OPEN_PROPERTY = "llmcostplanner.test.open";

    private final UndoHistory history;
    private final RecentFiles recent;
    private final RecoveryStore recovery;
    private final Autosaver autosaver;

    private Workflow(UndoHistory history, RecentFiles recent, RecoveryStore recovery, Autosaver autosaver) {
        this.history = history;
        this.recent = recent;
        this.recovery = recovery;
        this.autosaver = autosaver;
    }

    public static Workflow install(Stage stage, PlannerViewModel planner, FileActions actions,
                                   PlannerServices services, WorkflowSettings settings) {
        Parent root = stage.getScene().getRoot();
        MenuBar bar = (MenuBar) root.lookup("#menuBar");

        UndoHistory history = new UndoHistory(planner, Platform::runLater);
        bar.getMenus().add(1, EditMenu.create(history, () -> CurrencyDialog.show(stage, planner)));
        EditMenu.installKeys(stage.getScene(), history);
        EditMenu.coalesceSliderDrags(root, history);
        DisplayMoney.bindCharts(stage.getScene(), planner); // the currency of Edit → Display Currency, in every chart

        RecentFiles recent = new RecentFiles(settings.preferences().node("recentFiles"));
        Menu file = bar.getMenus().get(0);
        RecentFilesMenu recentMenu = new RecentFilesMenu(recent, actions, services.dialogs(), stage);
        file.getItems().add(indexAfter(file, "openMenuItem"), recentMenu.menu());
        MenuItem report = new MenuItem("Export _Report as JSON\u2026");
        report.setId("exportReportMenuItem");
        report.setOnAction(e -> actions.exportReport());
        file.getItems().add(indexAfter(file, "exportMenuItem"), report);
        planner.addLoadListener(() -> rememberCurrent(planner, recent));
        planner.fileProperty().addListener((obs, old, now) -> rememberCurrent(planner, recent));

        RecoveryStore recovery = new RecoveryStore(settings.dataDirectory());
        Autosaver autosaver = settings.autosaveEnabled()
                ? new Autosaver(planner, recovery, settings.autosaveDelay()) : null;
        Workflow workflow = new Workflow(history, recent, recovery, autosaver);
        workflow.offerRecovery(stage, planner, services);
        String open = System.getProperty(OPEN_PROPERTY);
        String setInput = System.getProperty(SET_INPUT_PROPERTY);
        if (open != null && !open.isBlank()) {
            actions.openFile(Path.of(open)).thenRun(() -> scriptedInput(planner, setInput));
        } else {
            scriptedInput(planner, setInput);
        }
        return workflow;
    }

    public UndoHistory history() {
        return history;
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    public RecoveryStore recovery() {
        return recovery;
    }

    /** Before a clean exit: the recovery file goes, since the user has answered for the work. */
    public void cleanExit() {
        if (autosaver != null) {
            autosaver.cleanExit();
        }
    }

    private void offerRecovery(Stage stage, PlannerViewModel planner, PlannerServices services) {
        CompletableFuture.supplyAsync(recovery::findCrashed, services.io()).thenAcceptAsync(found ->
                found.ifPresent(r -> RecoveryDialog.ask(stage, r, restore -> {
                    if (restore) {
                        restore(r, planner, services);
                    } else {
                        discard(r, services);
                    }
                })), Platform::runLater);
    }

    /**
     * Shows the recovered work as unsaved changes to its file: the file (as it is on disk now)
     * is the saved state and the recovered scenario the edit, so Save writes it back there.
     */
    private void restore(RecoveryStore.Recovered r, PlannerViewModel planner, PlannerServices services) {
        CompletableFuture.supplyAsync(() -> baselineOf(r, services), services.io()).thenAcceptAsync(baseline -> {
            planner.load(baseline, r.origin());
            planner.restore(r.document()); // the inputs, currency, ranges and deployment
            discard(r, services);
        }, Platform::runLater);
    }

    private static ScenarioDocument baselineOf(RecoveryStore.Recovered r, PlannerServices services) {
        if (r.origin() != null && Files.isRegularFile(r.origin())) {
            try {
                return services.store().loadDocument(r.origin());
            } catch (Exception e) {
                // The file changed into something unreadable since: compare against a new scenario.
            }
        }
        // Work on a new scenario is compared with File → New: the seed with its ranges and deployment.
        return services.store().newDocument();
    }

    private void discard(RecoveryStore.Recovered r, PlannerServices services) {
        services.io().execute(() -> {
            try {
                recovery.discard(r);
            } catch (Exception e) {
                System.err.println("Could not remove " + r.folder() + ": " + e);
            }
        });
    }

    private static void rememberCurrent(PlannerViewModel planner, RecentFiles recent) {
        Path current = planner.fileProperty().get();
        if (current != null) {
            recent.add(current);
        }
    }

    private static int indexAfter(Menu menu, String id) {
        for (int i = 0; i < menu.getItems().size(); i++) {
            MenuItem item = menu.getItems().get(i);
            if (id.equals(item.getId())) {
                return i + 1;
            }
        }
        return menu.getItems().size();
    }

    /** The {@value #SET_INPUT_PROPERTY} hook, e.g. {@code maintenanceHoursPerMonth=7}. */
    static void scriptedInput(PlannerViewModel planner, String script) {
        if (script == null || !script.contains("=")) {
            return;
        }
        String name = script.substring(0, script.indexOf('=')).strip();
        double value = Double.parseDouble(script.substring(script.indexOf('=') + 1).strip());
        for (org.llmcostplanner.model.InputField f : org.llmcostplanner.model.InputField.values()) {
            if (f.jsonName().equals(name)) {
                Platform.runLater(() -> planner.input(f).set(value));
                return;
            }
        }
        throw new IllegalArgumentException(SET_INPUT_PROPERTY + ": no input named " + name);
    }
}
