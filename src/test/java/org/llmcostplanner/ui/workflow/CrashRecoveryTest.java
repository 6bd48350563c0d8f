package org.llmcostplanner.ui.workflow;

import org.llmcostplanner.ui.TestServices;

import org.llmcostplanner.ui.QueuedPathChooser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.Main;
import org.llmcostplanner.catalog.DataDirectory;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.ui.FileScenarioStore;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app in a separate JVM makes an edit, autosaves it and is killed with kill -9; the next
 * start (here, in-process) offers the work back, and Restore brings it back as unsaved changes.
 */
class CrashRecoveryTest extends FxRobot {

    private static final long CHILD_TIMEOUT_SECONDS = 90;

    @TempDir
    Path data;
    @TempDir
    Path work;

    private Process child;
    private PlannerWindow window;

    @AfterEach
    void cleanUp() throws Exception {
        if (child != null) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void workOfAKilledSessionIsOfferedAndRestoredAsUnsaved() throws Exception {
        Path origin = work.resolve("plan.json");
        ScenarioFile.save(new FileScenarioStore().newScenario().withName("Plan on disk"), origin);

        child = startApp("maintenanceHoursPerMonth=7", origin);
        Path recovery = data.resolve(RecoveryStore.FOLDER).resolve(Long.toString(child.pid()))
                .resolve(RecoveryStore.SCENARIO);
        waitUntil(() -> Files.isRegularFile(recovery) && loads7(recovery) || !child.isAlive());
        assertTrue(child.isAlive(), "the app kept running until killed; log: " + log());
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.isRegularFile(recovery), "kill -9 leaves the recovery file behind");

        FxToolkit.registerPrimaryStage();
        PlannerServices services = TestServices.create(new QueuedPathChooser());
        WorkflowSettings settings = new WorkflowSettings(new MemoryPreferences(), data, Duration.ZERO);
        FxToolkit.setupStage(stage -> {
            try {
                window = PlannerWindow.show(stage, services, settings);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#recoveryDialog").tryQuery().isPresent());
        clickOn("Restore");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.planner().scenario().ops().maintenanceHoursPerMonth() == 7);

        assertTrue(window.planner().dirtyProperty().get(), "restored work is unsaved");
        assertEquals(origin, window.planner().fileProperty().get(), "and belongs to its file");
        assertEquals("Plan on disk", window.planner().scenario().name());
        assertEquals(7, window.planner().input(InputField.MAINTENANCE_HOURS_PER_MONTH).get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(recovery.getParent()));
    }

    @Test
    void discardRemovesTheWorkAndItIsNotOfferedAgain() throws Exception {
        child = startApp("devRatePerHour=99", null);
        Path recovery = data.resolve(RecoveryStore.FOLDER).resolve(Long.toString(child.pid()))
                .resolve(RecoveryStore.SCENARIO);
        waitUntil(() -> Files.isRegularFile(recovery) || !child.isAlive());
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        FxToolkit.registerPrimaryStage();
        PlannerServices services = TestServices.create(new QueuedPathChooser());
        WorkflowSettings settings = new WorkflowSettings(new MemoryPreferences(), data, Duration.ZERO);
        FxToolkit.setupStage(stage -> {
            try {
                window = PlannerWindow.show(stage, services, settings);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#recoveryDialog").tryQuery().isPresent());
        clickOn("Discard");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(recovery.getParent()));
        assertFalse(window.planner().dirtyProperty().get());
        assertTrue(new RecoveryStore(data).findCrashed().isEmpty());
        interact(() -> listTargetWindows().stream().filter(w -> w instanceof Stage && w != window.stage())
                .map(Stage.class::cast).forEach(Stage::close));
    }

    /** The jar's entry point with no arguments (the window), headless through Monocle. */
    private Process startApp(String setInput, Path open) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true",
                "-D" + DataDirectory.PROPERTY + "=" + data,
                "-D" + WorkflowSettings.PREFERENCES_PROPERTY + "=memory",
                "-D" + WorkflowSettings.AUTOSAVE_PROPERTY + "=300",
                "-D" + Workflow.SET_INPUT_PROPERTY + "=" + setInput));
        if (open != null) {
            cmd.add("-D" + Workflow.OPEN_PROPERTY + "=" + open);
        }
        cmd.addAll(List.of("-cp", classpath(), Main.class.getName()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("child.log").toFile())
                .start();
    }

    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
    }

    private String log() {
        try {
            return Files.readString(work.resolve("child.log"));
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static boolean loads7(Path recovery) {
        try {
            return ScenarioFile.load(recovery).ops().maintenanceHoursPerMonth() == 7;
        } catch (Exception e) {
            return false;
        }
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitUntil(Check check) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_TIMEOUT_SECONDS);
        while (!check.ok()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for the child app");
            }
            Thread.sleep(100);
        }
    }
}
