package org.llmcostplanner.ui.hardening;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.ChartExporter;
import org.llmcostplanner.ui.ExportRequest;
import org.llmcostplanner.ui.FileScenarioStore;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerWindow;
import org.llmcostplanner.ui.UserDialogs;
import org.llmcostplanner.ui.workflow.MemoryPreferences;
import org.llmcostplanner.ui.workflow.WorkflowSettings;

/**
 * Child process for the real full-disk test through the window, run in a private mount namespace
 * with a tiny tmpfs at PLAN's folder (DATA, the data directory, is elsewhere): saves a small plan,
 * fills the disk, opens the plan in the real window (headless), edits it, lets autosave write the
 * recovery file, then saves (which the full disk fails). Prints one line each: SAVED true|false,
 * ERROR header: message (or none), SCREEN the edited scenario is on screen and unsaved,
 * RECOVERY the recovery file holds the screen's scenario, TARGET the plan's name on disk, FILES
 * in the plan's folder. Exits without a clean exit, as a crash would, so the recovery file stays
 * for the parent to find. Arguments: PLAN DATA.
 */
public final class FullDiskWindowSave {

    public static final String FILLER = "filler";
    static final int EDITED_REQUESTS_PER_DAY = 5000;
    private static final long STEP_SECONDS = ChildFx.STEP_SECONDS;
    private static final Duration AUTOSAVE_DELAY = Duration.ofMillis(200);

    private FullDiskWindowSave() {
    }

    /** The plan on disk before the save that fails. */
    public static Scenario small() {
        return Scenario.defaults().withName("small");
    }

    /** What the user changed it into on screen (the unsaved work). */
    public static Scenario edited() {
        return small().with(InputField.REQUESTS_PER_DAY, EDITED_REQUESTS_PER_DAY);
    }

    public static void main(String[] args) throws Exception {
        Path plan = Path.of(args[0]);
        Path data = Path.of(args[1]);
        ScenarioFile.save(small(), plan);
        fill(plan.resolveSibling(FILLER));

        List<String> errors = new ArrayList<>();
        PlannerServices services = new PlannerServices(new FileScenarioStore(), ChartExporter.PNG, new ScriptedChooser(),
                new Recording(errors), PlannerServices.ioThread());
        WorkflowSettings settings = new WorkflowSettings(new MemoryPreferences(), data, AUTOSAVE_DELAY);
        CompletableFuture<PlannerWindow> started = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                started.complete(PlannerWindow.show(new Stage(), services, settings));
            } catch (Exception e) {
                started.completeExceptionally(e);
            }
        });
        PlannerWindow window = started.get(STEP_SECONDS, TimeUnit.SECONDS);
        ChildFx.call(() -> window.actions().openFile(plan)).get(STEP_SECONDS, TimeUnit.SECONDS);
        ChildFx.call(() -> {
            window.planner().input(InputField.REQUESTS_PER_DAY).set(EDITED_REQUESTS_PER_DAY);
            return null;
        });
        Path recovery = ChildFx.call(() -> window.workflow().recovery().file());
        awaitRecovery(recovery, edited());

        boolean saved = ChildFx.call(() -> window.actions().save()).get(STEP_SECONDS, TimeUnit.SECONDS);
        // Autosave's delay passes a few times: a removal queued by the failed save would be done.
        Thread.sleep(3 * AUTOSAVE_DELAY.toMillis());
        Scenario screen = ChildFx.call(() -> window.planner().scenario());
        boolean dirty = ChildFx.call(() -> window.planner().dirtyProperty().get());

        System.out.println("SAVED " + saved);
        System.out.println("ERROR " + (errors.isEmpty() ? "none" : String.join(" | ", errors)));
        System.out.println("SCREEN " + (screen.equals(edited()) && dirty));
        System.out.println("RECOVERY " + screen.equals(loadOrNull(recovery)));
        System.out.println("TARGET " + ScenarioFile.load(plan).name());
        try (Stream<Path> files = Files.list(plan.getParent())) {
            System.out.println("FILES " + files.map(p -> p.getFileName().toString()).sorted()
                    .collect(Collectors.joining(",")));
        }
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /** Writes until the disk is full (the way another program filling the disk leaves it). */
    private static void fill(Path filler) {
        byte[] block = new byte[4096];
        try (OutputStream out = new FileOutputStream(filler.toFile())) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // No space left: exactly what we wanted.
        }
    }

    private static void awaitRecovery(Path recovery, Scenario expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_SECONDS);
        while (!expected.equals(loadOrNull(recovery))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("autosave never wrote " + recovery);
            }
            Thread.sleep(20);
        }
    }

    private static Scenario loadOrNull(Path file) {
        try {
            return Files.isRegularFile(file) ? ScenarioFile.load(file) : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Records error messages instead of showing a modal dialog nobody would close. */
    private record Recording(List<String> errors) implements UserDialogs {
        @Override
        public UnsavedChoice askAboutUnsavedChanges(Window owner, String scenarioName) {
            return UnsavedChoice.CANCEL;
        }

        @Override
        public void showError(Window owner, String header, String message) {
            synchronized (errors) {
                errors.add(header + ": " + message);
            }
        }

        @Override
        public Optional<ExportRequest> askExport(Window owner, ExportRequest initial) {
            return Optional.empty();
        }
    }
}
