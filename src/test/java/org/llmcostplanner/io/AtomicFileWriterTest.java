package org.llmcostplanner.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFileWriterTest {

    private static final byte[] OLD = "old content\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "new content, longer than the old one\n".getBytes(StandardCharsets.UTF_8);

    /** The steps of a save that can fail. */
    enum Step { CREATE_TEMP, WRITE_AND_FORCE, BACKUP, MOVE_ATOMICALLY, MOVE_REPLACING }

    /** The real disk, failing at one step (after doing half of it where that is possible). */
    static final class FailingSteps extends RealDiskSteps {
        private final Step failAt;
        private final boolean atomicUnsupported;
        final List<Step> done = new ArrayList<>();
        final IOException fault = new IOException("injected fault");

        FailingSteps(Step failAt, boolean atomicUnsupported) {
            this.failAt = failAt;
            this.atomicUnsupported = atomicUnsupported;
        }

        private void maybeFail(Step step) throws IOException {
            if (step == failAt) {
                throw fault;
            }
            done.add(step);
        }

        @Override
        public Path createTemp(Path directory, String prefix) throws IOException {
            maybeFail(Step.CREATE_TEMP);
            return super.createTemp(directory, prefix);
        }

        @Override
        public void writeAndForce(Path temp, byte[] data) throws IOException {
            if (failAt == Step.WRITE_AND_FORCE) {
                Files.write(temp, java.util.Arrays.copyOf(data, data.length / 2)); // a torn write
            }
            maybeFail(Step.WRITE_AND_FORCE);
            super.writeAndForce(temp, data);
        }

        @Override
        public void backup(Path target, Path backup) throws IOException {
            maybeFail(Step.BACKUP);
            super.backup(target, backup);
        }

        @Override
        public void moveAtomically(Path temp, Path target) throws IOException {
            if (atomicUnsupported) {
                throw new AtomicMoveNotSupportedException(temp.toString(), target.toString(), "test");
            }
            maybeFail(Step.MOVE_ATOMICALLY);
            super.moveAtomically(temp, target);
        }

        @Override
        public void moveReplacing(Path temp, Path target) throws IOException {
            maybeFail(Step.MOVE_REPLACING);
            super.moveReplacing(temp, target);
        }
    }

    private static Set<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void newFileIsWrittenWithoutBackup(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("plan.json");
        new AtomicFileWriter().write(target, NEW);
        assertArrayEquals(NEW, Files.readAllBytes(target));
        assertEquals(Set.of("plan.json"), namesIn(dir));
    }

    @Test
    void overwriteKeepsThePreviousFileAsBak(@TempDir Path dir) throws IOException {
        Path target = Files.write(dir.resolve("plan.json"), OLD);
        new AtomicFileWriter().write(target, NEW);
        assertArrayEquals(NEW, Files.readAllBytes(target));
        assertArrayEquals(OLD, Files.readAllBytes(dir.resolve("plan.json.bak")));
        assertEquals(Set.of("plan.json", "plan.json.bak"), namesIn(dir));
    }

    @Test
    void secondSaveRollsTheBackupForward(@TempDir Path dir) throws IOException {
        Path target = Files.write(dir.resolve("plan.json"), OLD);
        byte[] third = "third\n".getBytes(StandardCharsets.UTF_8);
        new AtomicFileWriter().write(target, NEW);
        new AtomicFileWriter().write(target, third);
        assertArrayEquals(third, Files.readAllBytes(target));
        assertArrayEquals(NEW, Files.readAllBytes(AtomicFileWriter.backupOf(target)));
    }

    @Test
    void sameScenarioSavesToTheSameBytes(@TempDir Path dir) throws IOException {
        Scenario s = Presets.seedArticle().with(InputField.REQUESTS_PER_DAY, 1234.5678);
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        ScenarioFile.save(s, a);
        ScenarioFile.save(s, b);
        ScenarioFile.save(s, a);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(AtomicFileWriter.backupOf(a)));
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"CREATE_TEMP", "WRITE_AND_FORCE", "BACKUP", "MOVE_ATOMICALLY"})
    void failureAtAnyStepLeavesTheOldFileIntactAndNoTempFile(Step step, @TempDir Path dir) throws IOException {
        Path target = Files.write(dir.resolve("plan.json"), OLD);
        FailingSteps steps = new FailingSteps(step, false);
        IOException e = assertThrows(IOException.class, () -> new AtomicFileWriter(steps).write(target, NEW));
        assertSame(steps.fault, e);
        assertArrayEquals(OLD, Files.readAllBytes(target));
        Set<String> names = namesIn(dir);
        names.remove("plan.json.bak"); // a completed backup step may leave a copy of the old file
        assertEquals(Set.of("plan.json"), names);
        if (Files.exists(dir.resolve("plan.json.bak"))) {
            assertArrayEquals(OLD, Files.readAllBytes(dir.resolve("plan.json.bak")));
        }
    }

    @Test
    void failureOfTheFallbackMoveLeavesTheOldFileIntact(@TempDir Path dir) throws IOException {
        Path target = Files.write(dir.resolve("plan.json"), OLD);
        FailingSteps steps = new FailingSteps(Step.MOVE_REPLACING, true);
        assertThrows(IOException.class, () -> new AtomicFileWriter(steps).write(target, NEW));
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(Set.of("plan.json", "plan.json.bak"), namesIn(dir));
    }

    @Test
    void fallsBackToReplacingWhenAtomicMoveIsUnsupported(@TempDir Path dir) throws IOException {
        Path target = Files.write(dir.resolve("plan.json"), OLD);
        FailingSteps steps = new FailingSteps(null, true);
        new AtomicFileWriter(steps).write(target, NEW);
        assertArrayEquals(NEW, Files.readAllBytes(target));
        assertTrue(steps.done.contains(Step.MOVE_REPLACING));
        assertFalse(steps.done.contains(Step.MOVE_ATOMICALLY));
    }

    @Test
    void atomicMoveIsUsedWhenSupported(@TempDir Path dir) throws IOException {
        Path target = Files.write(dir.resolve("plan.json"), OLD);
        FailingSteps steps = new FailingSteps(null, false);
        new AtomicFileWriter(steps).write(target, NEW);
        assertEquals(List.of(Step.CREATE_TEMP, Step.WRITE_AND_FORCE, Step.BACKUP, Step.MOVE_ATOMICALLY), steps.done);
    }

    @Test
    void savingIntoAMissingFolderFailsCleanly(@TempDir Path dir) {
        Path target = dir.resolve("no-such-folder").resolve("plan.json");
        assertThrows(IOException.class, () -> ScenarioFile.save(Scenario.defaults(), target));
        assertFalse(Files.exists(target));
    }
}
