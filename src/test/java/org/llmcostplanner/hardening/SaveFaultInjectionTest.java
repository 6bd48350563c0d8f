package org.llmcostplanner.hardening;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmcostplanner.io.AtomicFileWriter;
import org.llmcostplanner.io.RealDiskSteps;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fault at every step of a scenario save, from every starting state (no file yet, a file,
 * a file with its .bak): the error reaches the caller unchanged, the file and its .bak are
 * exactly what they were, no temp file is left, and the next save works.
 */
class SaveFaultInjectionTest {

    /** Where and how a save fails. */
    enum Fault {
        CREATE_TEMP_DENIED,
        WRITE_TORN,        // half the bytes written, then an I/O error
        DISK_FULL,         // ENOSPC after a partial write, as the kernel reports it
        FORCE_FAILS,       // all bytes written, fsync fails
        WRITE_RUNTIME,     // an unchecked failure inside the write
        BACKUP_FAILS,
        BACKUP_DISK_FULL,  // the .bak copy runs out of space half-way
        MOVE_FAILS,
        MOVE_FALLBACK_FAILS, // no atomic rename on this file system, and the plain one fails too
        MOVE_ERROR;        // an Error (not an Exception) during the rename

        boolean atBackup() {
            return this == BACKUP_FAILS || this == BACKUP_DISK_FULL;
        }

        /** Whether the backup step has completed when this fault strikes. */
        boolean afterBackup() {
            return this == MOVE_FAILS || this == MOVE_FALLBACK_FAILS || this == MOVE_ERROR;
        }
    }

    /** What is on disk before the save. */
    enum Start { NO_FILE, FILE, FILE_AND_BACKUP }

    /** Every fault from every start, except backup faults without a file (there is nothing to back up). */
    static Stream<Arguments> matrix() {
        return Arrays.stream(Fault.values())
                .flatMap(f -> Arrays.stream(Start.values())
                        .filter(s -> !(f.atBackup() && s == Start.NO_FILE))
                        .map(s -> Arguments.of(f, s)));
    }

    /** The real disk, with one fault injected. */
    private static final class FaultySteps extends RealDiskSteps {
        private final Fault fault;
        final Throwable thrown;

        FaultySteps(Fault fault) {
            this.fault = fault;
            this.thrown = switch (fault) {
                case DISK_FULL, BACKUP_DISK_FULL -> new FileSystemException("plan.json", null, "No space left on device");
                case WRITE_RUNTIME -> new UncheckedIOException(new IOException("stream closed under us"));
                case MOVE_ERROR -> new OutOfMemoryError("injected");
                default -> new IOException("injected " + fault);
            };
        }

        private void raise() throws IOException {
            if (thrown instanceof IOException io) {
                throw io;
            }
            if (thrown instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) thrown;
        }

        @Override
        public Path createTemp(Path directory, String prefix) throws IOException {
            if (fault == Fault.CREATE_TEMP_DENIED) {
                raise();
            }
            return super.createTemp(directory, prefix);
        }

        @Override
        public void writeAndForce(Path temp, byte[] data) throws IOException {
            switch (fault) {
                case WRITE_TORN, DISK_FULL, WRITE_RUNTIME -> {
                    Files.write(temp, Arrays.copyOf(data, data.length / 2));
                    raise();
                }
                case FORCE_FAILS -> {
                    Files.write(temp, data);
                    raise();
                }
                default -> super.writeAndForce(temp, data);
            }
        }

        @Override
        public void backup(Path target, Path backup) throws IOException {
            if (fault == Fault.BACKUP_FAILS) {
                raise();
            }
            if (fault == Fault.BACKUP_DISK_FULL) {
                // The real backup copies to a temp file first; a full disk stops that copy half-way.
                Path temp = AtomicFileWriter.DISK.createTemp(backup.getParent(), "." + backup.getFileName() + ".");
                byte[] old = Files.readAllBytes(target);
                Files.write(temp, Arrays.copyOf(old, old.length / 2));
                Files.delete(temp);
                raise();
            }
            super.backup(target, backup);
        }

        @Override
        public void moveAtomically(Path temp, Path target) throws IOException {
            if (fault == Fault.MOVE_FALLBACK_FAILS) {
                throw new AtomicMoveNotSupportedException(temp.toString(), target.toString(), "test");
            }
            if (fault == Fault.MOVE_FAILS || fault == Fault.MOVE_ERROR) {
                raise();
            }
            super.moveAtomically(temp, target);
        }

        @Override
        public void moveReplacing(Path temp, Path target) throws IOException {
            if (fault == Fault.MOVE_FALLBACK_FAILS) {
                raise();
            }
            super.moveReplacing(temp, target);
        }
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("matrix")
    void aFailedSaveChangesNothing(Fault fault, Start start, @TempDir Path dir) throws Exception {
        Scenario older = Scenario.defaults().withName("older").with(InputField.SETUP_HOURS, 7);
        Scenario old = Scenario.defaults().withName("old").withNotes("an afternoon of work");
        Scenario edited = old.withName("edited").with(InputField.REQUESTS_PER_DAY, 12_345);
        Path target = dir.resolve("plan.json");
        Path backup = AtomicFileWriter.backupOf(target);
        if (start == Start.FILE_AND_BACKUP) {
            ScenarioFile.save(older, target);
        }
        if (start != Start.NO_FILE) {
            ScenarioFile.save(old, target);
        }
        byte[] fileBefore = Files.exists(target) ? Files.readAllBytes(target) : null;
        byte[] backupBefore = Files.exists(backup) ? Files.readAllBytes(backup) : null;
        Set<String> namesBefore = names(dir);

        FaultySteps steps = new FaultySteps(fault);
        Throwable e = assertThrows(Throwable.class, () -> ScenarioFile.save(edited, target, new AtomicFileWriter(steps)));
        assertSame(steps.thrown, e, "the caller sees the real error, e.g. to show \"No space left on device\"");

        if (fileBefore == null) {
            assertFalse(Files.exists(target), "a failed first save must not leave a file");
        } else {
            assertArrayEquals(fileBefore, Files.readAllBytes(target), "the old file must be intact");
            assertEquals(old, ScenarioFile.load(target));
        }
        if (fileBefore != null && fault.afterBackup()) {
            // The backup step completed before the rename failed: the .bak is a whole copy of the
            // file as it was before this save (which is also still the file itself).
            assertArrayEquals(fileBefore, Files.readAllBytes(backup), "the .bak must be the complete old file");
        } else if (backupBefore != null) {
            assertArrayEquals(backupBefore, Files.readAllBytes(backup), "the old .bak must be intact");
        } else {
            assertFalse(Files.exists(backup), "no .bak from a save that failed before the backup step");
        }
        Set<String> namesAfter = names(dir);
        namesAfter.remove("plan.json.bak");
        namesBefore.remove("plan.json.bak");
        assertEquals(namesBefore, namesAfter, "no temp file may be left behind");

        // The user saves again once the disk has room: everything works.
        ScenarioFile.save(edited, target);
        assertEquals(edited, ScenarioFile.load(target));
        if (fileBefore != null) {
            assertEquals(old, ScenarioFile.load(backup));
        }
        assertTrue(names(dir).stream().noneMatch(n -> n.endsWith(".tmp")));
    }
}
