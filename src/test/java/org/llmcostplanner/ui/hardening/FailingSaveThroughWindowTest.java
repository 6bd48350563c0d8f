package org.llmcostplanner.ui.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * A save that fails (full disk, failing flush, backup or rename), started from the window's menus:
 * a clear error dialog, the file and its .bak exactly as they were, no temp file left, and the
 * unsaved work still on screen and still marked unsaved, so the next save (once there is space)
 * keeps it.
 */
class FailingSaveThroughWindowTest {

    private static final FailingDiskStore STORE = new FailingDiskStore();
    private static WindowUnderTest w;

    @TempDir
    Path dir;
    private Path plan;
    private Scenario onDisk;

    @BeforeAll
    static void openWindow() throws Exception {
        w = WindowUnderTest.start(STORE);
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

        // Space again: the next save keeps exactly the work that was on screen.
        STORE.failWith(Fault.NONE);
        w.fireMenu("saveMenuItem");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !w.window().planner().dirtyProperty().get());
        assertEquals(edited, ScenarioFile.load(plan));
        assertEquals(onDisk, ScenarioFile.load(AtomicFileWriter.backupOf(plan)));
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
    }
}
