package org.llmcostplanner.ui.hardening;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.llmcostplanner.io.AtomicFileWriter;
import org.llmcostplanner.io.RealDiskSteps;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.FileScenarioStore;
import org.llmcostplanner.ui.ScenarioStore;

/**
 * The window's real scenario store, saving through the real atomic writer whose disk can be made
 * to fail at one step on demand, the way a full disk or a dying drive fails a save.
 */
final class FailingDiskStore implements ScenarioStore {

    /** The step of the atomic save that fails. */
    enum Fault {
        NONE, DISK_FULL_WHILE_WRITING, FORCE_FAILS, BACKUP_DISK_FULL, RENAME_FAILS
    }

    static final String NO_SPACE = "No space left on device";

    private final FileScenarioStore real = new FileScenarioStore();
    private volatile Fault fault = Fault.NONE;

    void failWith(Fault f) {
        fault = f;
    }

    @Override
    public Scenario newScenario() {
        return real.newScenario();
    }

    @Override
    public Scenario load(Path file) throws IOException, ScenarioLoadException {
        return real.load(file);
    }

    @Override
    public void save(Scenario scenario, Path file) throws IOException {
        ScenarioFile.save(scenario, file, new AtomicFileWriter(new Steps(fault)));
    }

    /** The real disk, except for the one failing step; a full disk keeps the bytes it managed to write. */
    private static final class Steps extends RealDiskSteps {
        private final Fault fault;

        Steps(Fault fault) {
            this.fault = fault;
        }

        @Override
        public void writeAndForce(Path temp, byte[] data) throws IOException {
            if (fault == Fault.DISK_FULL_WHILE_WRITING) {
                Files.write(temp, Arrays.copyOf(data, data.length / 2));
                throw new FileSystemException(temp.toString(), null, NO_SPACE);
            }
            if (fault == Fault.FORCE_FAILS) {
                Files.write(temp, data);
                throw new IOException("Input/output error");
            }
            super.writeAndForce(temp, data);
        }

        @Override
        public void backup(Path target, Path backup) throws IOException {
            if (fault == Fault.BACKUP_DISK_FULL) {
                throw new FileSystemException(backup.toString(), null, NO_SPACE);
            }
            super.backup(target, backup);
        }

        @Override
        public void moveAtomically(Path temp, Path target) throws IOException {
            if (fault == Fault.RENAME_FAILS) {
                throw new FileSystemException(temp.toString(), target.toString(), "Read-only file system");
            }
            super.moveAtomically(temp, target);
        }
    }
}
