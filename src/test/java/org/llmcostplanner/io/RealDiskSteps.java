package org.llmcostplanner.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The real disk's save steps, for the fault-injection tests to extend: each overrides only the
 * steps it makes fail and calls {@code super} for the real work.
 */
public class RealDiskSteps implements AtomicFileWriter.Steps {

    @Override
    public Path createTemp(Path directory, String prefix) throws IOException {
        return AtomicFileWriter.DISK.createTemp(directory, prefix);
    }

    @Override
    public void writeAndForce(Path temp, byte[] data) throws IOException {
        AtomicFileWriter.DISK.writeAndForce(temp, data);
    }

    @Override
    public void backup(Path target, Path backup) throws IOException {
        AtomicFileWriter.DISK.backup(target, backup);
    }

    @Override
    public void moveAtomically(Path temp, Path target) throws IOException {
        AtomicFileWriter.DISK.moveAtomically(temp, target);
    }

    @Override
    public void moveReplacing(Path temp, Path target) throws IOException {
        AtomicFileWriter.DISK.moveReplacing(temp, target);
    }

    @Override
    public void forceDirectory(Path directory) {
        AtomicFileWriter.DISK.forceDirectory(directory);
    }

    @Override
    public void deleteIfExists(Path path) throws IOException {
        AtomicFileWriter.DISK.deleteIfExists(path);
    }
}
