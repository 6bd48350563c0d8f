package org.llmcostplanner.ui.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.llmcostplanner.hardening.Hashes;
import org.llmcostplanner.io.AtomicFileWriter;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.UserDialogs.UnsavedChoice;
import org.llmcostplanner.ui.hardening.FailingDiskStore.Fault;
import org.llmcostplanner.ui.workflow.WorkflowSettings;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A save that fails (full disk, failing flush, backup or rename), started from the window's menus:
 * a clear error dialog, the file and its .bak exactly as they were, no temp file left, and the
 * unsaved work still on screen, still marked unsaved and still in the recovery file (autosave on,
 * into a data directory of the test's own), so the next save (once there is space) keeps it and
 * a crash before then loses nothing either.
 */
class FailingSaveThroughWindowTest {

    private static final FailingDiskStore STORE = new FailingDiskStore();
    /** Short, so the tests wait little; the failed save must not remove what autosave wrote. */
    private static final Duration AUTOSAVE_DELAY = Duration.ofMillis(200);
    private static WindowUnderTest w;

    @TempDir
    static Path data;

    @TempDir
    Path dir;
    private Path plan;
    private Scenario onDisk;

    @BeforeAll
    static void openWindow() throws Exception {
        w = WindowUnderTest.start(STORE,
                new WorkflowSettings(WorkflowSettings.fromSystem().preferences(), data, AUTOSAVE_DELAY));
    }

    @AfterAll
    static void closeWindow() throws Exception {
        WindowUnderTest.stop();
    }

    /** A saved plan and its .bak on disk, open in the window, then edited (unsaved). */
    @BeforeEach
    void unsavedWorkOverASavedFile() throws Exception {
        STORE.failWith(Fault.NONE);
        w.dialogs.clearErrors();
        w.chooser.clear();
        plan = dir.resolve("plan.json");
        ScenarioFile.save(Presets.seedArticle().with(InputField.REQUESTS_PER_DAY, 900), plan);
        onDisk = Presets.seedArticle().with(InputField.REQUESTS_PER_DAY, 1200);
        ScenarioFile.save(onDisk, plan);
        w.load(onDisk, plan);
        WindowUnderTest.fx(() -> {
            w.window().planner().input(InputField.REQUESTS_PER_DAY).set(5000);
            w.window().planner().input(InputField.MAINTENANCE_HOURS_PER_MONTH).set(7);
        });
        w.awaitSettled();
        // Autosave has caught up with the edit before the save is tried, as it has after a few seconds.
        Scenario edited = WindowUnderTest.fx(() -> w.window().planner().scenario());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> edited.equals(inRecoveryFile()));
    }

    /** The scenario in this session's recovery file, or null while there is none (or it is half written). */
    private static Scenario inRecoveryFile() {
        Path recovery = w.window().workflow().recovery().file();
        try {
            return Files.isRegularFile(recovery) ? ScenarioFile.load(recovery) : null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * The recovery file still exists, loads and holds exactly the scenario on screen, also once
     * autosave's delay has passed a few times (a removal queued by the failed save would be done by then).
     */
    private static void assertRecoveryFileHoldsTheScreen() throws Exception {
        WindowUnderTest.sleep(3 * AUTOSAVE_DELAY.toMillis());
        Path recovery = WindowUnderTest.fx(() -> w.window().workflow().recovery().file());
        assertTrue(Files.isRegularFile(recovery), "the failed save left the recovery file " + recovery);
        assertEquals(WindowUnderTest.fx(() -> w.window().planner().scenario()), ScenarioFile.load(recovery),
                "the recovery file holds the unsaved work on screen");
    }

    @AfterEach
    void noStrayWindowsOrExceptions() {
        STORE.failWith(Fault.NONE);
        w.closeOtherWindows();
        assertEquals(List.of(), w.takeFxFailures(), "no exception on the FX thread");
    }

    private Map<String, String> folder() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                files.put(p.getFileName().toString(), Hashes.of(p));
            }
        }
        return files;
    }

    private void assertErrorDialogSays(String fileName, String... fragments) {
        DialogPane dialog = w.awaitErrorDialog();
        String header = WindowUnderTest.fx(dialog::getHeaderText);
        String message = WindowUnderTest.fx(dialog::getContentText);
        WindowUnderTest.closeErrorDialog(dialog);
        assertEquals("Could not save " + fileName, header);
        for (String f : fragments) {
            assertTrue(message.contains(f), "the dialog says \"" + f + "\": " + message);
        }
        assertFalse(message.contains("Exception"), "a message for people, not a class name: " + message);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void failedSaveKeepsTheOldFileAndTheUnsavedWork(Fault fault) throws Exception {
        ScreenState before = WindowUnderTest.fx(() -> ScreenState.of(w.window()));
        assertEquals("true", before.model().get("dirty"));
        assertTrue(before.model().get("title").endsWith("*"), before.model().get("title"));
        Map<String, String> disk = folder();
        Scenario edited = WindowUnderTest.fx(() -> w.window().planner().scenario());

        STORE.failWith(fault);
        w.fireMenu("saveMenuItem");
        assertErrorDialogSays("plan.json", fault == Fault.DISK_FULL_WHILE_WRITING || fault == Fault.BACKUP_DISK_FULL
                ? new String[]{FailingDiskStore.NO_SPACE} : new String[0]);

        w.awaitSettled();
        assertEquals(before, WindowUnderTest.fx(() -> ScreenState.of(w.window())),
                "the unsaved work is still on screen and still marked unsaved");
        Map<String, String> after = folder();
        if (fault == Fault.RENAME_FAILS) {
            // The backup step ran before the rename failed: the .bak now holds the untouched plan.json.
            assertEquals(-1, Files.mismatch(plan, AtomicFileWriter.backupOf(plan)), "the .bak is a whole copy of plan.json");
            after.put("plan.json.bak", disk.get("plan.json.bak"));
        }
        assertEquals(disk, after, "plan.json and plan.json.bak unchanged, no temp file left");
        assertEquals(onDisk, ScenarioFile.load(plan));
        assertRecoveryFileHoldsTheScreen();

        // Space again: the next save keeps exactly the work that was on screen, and the recovery file goes.
        STORE.failWith(Fault.NONE);
        w.fireMenu("saveMenuItem");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !w.window().planner().dirtyProperty().get());
        assertEquals(edited, ScenarioFile.load(plan));
        assertEquals(onDisk, ScenarioFile.load(AtomicFileWriter.backupOf(plan)));
        Path recovery = WindowUnderTest.fx(() -> w.window().workflow().recovery().file());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !Files.exists(recovery));
    }

    @Test
    void failedSaveAsCreatesNoFile() throws Exception {
        Map<String, String> disk = folder();
        ScreenState before = WindowUnderTest.fx(() -> ScreenState.of(w.window()));
        STORE.failWith(Fault.DISK_FULL_WHILE_WRITING);
        w.chooser.answerNext(dir.resolve("copy.json"));
        w.fireMenu("saveAsMenuItem");
        assertErrorDialogSays("copy.json", FailingDiskStore.NO_SPACE);
        w.awaitSettled();
        assertEquals(before, WindowUnderTest.fx(() -> ScreenState.of(w.window())), "still the same unsaved work");
        assertEquals(disk, folder(), "no copy.json, no temp file");
        assertRecoveryFileHoldsTheScreen();
    }

    /** "Save" at the unsaved-changes question, and the save fails: New must not throw the work away. */
    @Test
    void newAfterAFailedSaveKeepsTheWork() throws Exception {
        Map<String, String> disk = folder();
        ScreenState before = WindowUnderTest.fx(() -> ScreenState.of(w.window()));
        STORE.failWith(Fault.DISK_FULL_WHILE_WRITING);
        w.dialogs.answerUnsavedChanges(UnsavedChoice.SAVE);
        try {
            w.fireMenu("newMenuItem");
            assertErrorDialogSays("plan.json", FailingDiskStore.NO_SPACE);
        } finally {
            w.dialogs.answerUnsavedChanges(UnsavedChoice.DISCARD);
        }
        WaitForAsyncUtils.waitForFxEvents();
        w.awaitSettled();
        assertEquals(before, WindowUnderTest.fx(() -> ScreenState.of(w.window())), "New did not replace the work");
        assertEquals(disk, folder());
        assertRecoveryFileHoldsTheScreen();
    }
}
