package org.llmcostplanner.ui.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.hardening.Hashes;
import org.llmcostplanner.io.BadScenarios;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.UserDialogs.UnsavedChoice;

/**
 * Every bad scenario file of the corpus, plus a folder and a 60 MB file made here, opened through
 * File → Open of the real window: an error dialog names the file and the field (where there is
 * one), and the scenario on screen, its saved/unsaved state and the file on disk are exactly as
 * before. Half the files are opened over saved work, half over unsaved work (answered "Don't
 * Save", so only the failed open stands between the user and losing it).
 */
class BadFilesThroughWindowTest {

    private static WindowUnderTest w;

    @BeforeAll
    static void openWindow() throws Exception {
        w = WindowUnderTest.start();
    }

    @AfterAll
    static void closeWindow() throws Exception {
        WindowUnderTest.stop();
    }

    /** A bad file and what its error must say; a null path = the file as a whole. */
    private record BadFile(Path file, String path, String fragment) {
    }

    private static List<BadFile> badFiles(Path dir) throws Exception {
        List<BadFile> files = new ArrayList<>();
        for (BadScenarios.Case c : BadScenarios.all()) {
            files.add(new BadFile(c.location(), c.path(), c.fragment()));
        }
        Path folder = Files.createDirectory(dir.resolve("plans.json"));
        Files.writeString(folder.resolve("inside.json"), "{}");
        files.add(new BadFile(folder, null, "is a directory, not a scenario file"));
        Path huge = dir.resolve("huge.json");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("{\"format\": \"llm-cost-planner.scenario\", \"version\": 1, \"notes\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 60; i++) {
                out.write(chunk);
            }
            out.write("\"}".getBytes(StandardCharsets.UTF_8));
        }
        files.add(new BadFile(huge, null, "file is too large (" + Files.size(huge) + " bytes)"));
        return files;
    }

    @Test
    void everyBadFileShowsAnErrorAndChangesNothing(@TempDir Path dir) throws Exception {
        List<BadFile> files = badFiles(dir);
        assertTrue(files.size() >= 42, "the corpus and the two files made here: " + files.size());
        Path saved = dir.resolve("my-plan.json");
        Scenario mine = Presets.seedArticle().with(InputField.REQUESTS_PER_DAY, 2500)
                .with(InputField.MAINTENANCE_HOURS_PER_MONTH, 6);
        ScenarioFile.save(mine, saved);
        String savedHash = Hashes.of(saved);

        for (int i = 0; i < files.size(); i++) {
            BadFile bad = files.get(i);
            boolean unsavedWork = i % 2 == 1;
            w.load(mine, saved);
            if (unsavedWork) {
                double rate = 61 + i % 7; // never the saved 60: the work must be unsaved
                WindowUnderTest.fx(() -> w.window().planner().input(InputField.DEV_RATE_PER_HOUR).set(rate));
                w.awaitSettled();
            }
            ScreenState before = WindowUnderTest.fx(() -> ScreenState.of(w.window()));
            assertEquals(String.valueOf(unsavedWork), before.model().get("dirty"), before.model().toString());
            String hash = Hashes.of(bad.file());
            int asked = w.dialogs.unsavedQuestions();
            w.dialogs.answerUnsavedChanges(UnsavedChoice.DISCARD);

            w.chooser.answerNext(bad.file());
            w.fireMenu("openMenuItem");
            DialogPane dialog = w.awaitErrorDialog();

            String name = bad.file().getFileName().toString();
            String header = WindowUnderTest.fx(dialog::getHeaderText);
            String message = WindowUnderTest.fx(dialog::getContentText);
            WindowUnderTest.closeErrorDialog(dialog);
            String what = name + " (" + (unsavedWork ? "over unsaved work" : "over saved work") + "): ";
            assertEquals("Could not open " + name, header, what);
            if (bad.path() != null) {
                assertTrue(message.contains(bad.path() + ": "), what + "names the field " + bad.path() + ": " + message);
            }
            assertTrue(message.contains(bad.fragment()), what + "says \"" + bad.fragment() + "\": " + message);
            assertEquals(1, message.lines().count(), what + "one line: " + message);
            assertEquals(asked + (unsavedWork ? 1 : 0), w.dialogs.unsavedQuestions(), what + "asked about unsaved work");

            w.awaitSettled();
            ScreenState after = WindowUnderTest.fx(() -> ScreenState.of(w.window()));
            assertEquals(before.model(), after.model(), what + "the scenario and its saved state are unchanged");
            assertEquals(before.screen(), after.screen(), what + "the screen is unchanged");
            assertEquals(hash, Hashes.of(bad.file()), what + "the bad file on disk is unchanged");
            assertEquals(List.of(), w.takeFxFailures(), what + "no exception on the FX thread");
        }
        assertEquals(files.size(), w.dialogs.errors().size(), "one error dialog per bad file");
        assertEquals(savedHash, Hashes.of(saved), "the user's own file is unchanged");
        System.out.println("Bad files opened through the window: " + files.size());
    }
}
