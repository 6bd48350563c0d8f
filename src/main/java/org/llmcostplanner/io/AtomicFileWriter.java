package org.llmcostplanner.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that it is always either the old or the new content, never half of one:
 * write a temp file in the same folder, force it to disk, copy the previous file to NAME.bak
 * (itself through a temp file and a rename, so the backup is never torn either), then rename the
 * temp file over the target atomically. On any failure the target is untouched
 * and the temp file is removed.
 *
 * <p>The disk operations go through {@link Steps}, so tests (and the hardening work) can make
 * each one fail on purpose.
 */
public final class AtomicFileWriter {

    /** The disk operations of a save, one method per step that can fail. */
    public interface Steps {
        /** Creates an empty temp file in the target's folder. */
        Path createTemp(Path directory, String prefix) throws IOException;

        /** Writes all bytes to the temp file and forces them to disk. */
        void writeAndForce(Path temp, byte[] data) throws IOException;

        /** Copies the current target to its backup, replacing an older backup. */
        void backup(Path target, Path backup) throws IOException;

        /** Renames temp over target atomically; AtomicMoveNotSupportedException if the file system cannot. */
        void moveAtomically(Path temp, Path target) throws IOException;

        /** The fallback rename when atomic moves are not supported. */
        void moveReplacing(Path temp, Path target) throws IOException;

        /** Makes the rename itself durable; best effort, since not every platform can. */
        void forceDirectory(Path directory);

        void deleteIfExists(Path path) throws IOException;
    }

    /** The real file system. */
    public static final Steps DISK = new DiskSteps();

    public static final String BACKUP_SUFFIX = ".bak";

    private final Steps steps;

    public AtomicFileWriter() {
        this(DISK);
    }

    public AtomicFileWriter(Steps steps) {
        this.steps = steps;
    }

    /** The backup kept beside a saved file: NAME.bak. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName().toString() + BACKUP_SUFFIX);
    }

    public void write(Path target, byte[] data) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temp = steps.createTemp(directory, "." + absolute.getFileName() + ".");
        try {
            steps.writeAndForce(temp, data);
            if (Files.isRegularFile(absolute)) {
                steps.backup(absolute, backupOf(absolute));
            }
            try {
                steps.moveAtomically(temp, absolute);
            } catch (AtomicMoveNotSupportedException e) {
                steps.moveReplacing(temp, absolute);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                steps.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        steps.forceDirectory(directory);
    }

    private static final class DiskSteps implements Steps {
        @Override
        public Path createTemp(Path directory, String prefix) throws IOException {
            return Files.createTempFile(directory, prefix, ".tmp");
        }

        @Override
        public void writeAndForce(Path temp, byte[] data) throws IOException {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(data);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        }

        /**
         * Copies under a temp name, forces, then renames over the old backup: a crash (kill -9,
         * power loss) in the middle of the copy must never leave a torn NAME.bak behind, since the
         * backup is what a user falls back on.
         */
        @Override
        public void backup(Path target, Path backup) throws IOException {
            Path temp = createTemp(backup.toAbsolutePath().getParent(), "." + backup.getFileName() + ".");
            try {
                Files.copy(target, temp, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                try {
                    moveAtomically(temp, backup);
                } catch (AtomicMoveNotSupportedException e) {
                    moveReplacing(temp, backup);
                }
            } catch (IOException | RuntimeException e) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }

        @Override
        public void moveAtomically(Path temp, Path target) throws IOException {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public void moveReplacing(Path temp, Path target) throws IOException {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public void forceDirectory(Path directory) {
            try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException | RuntimeException e) {
                // Some platforms (Windows) cannot open a directory; the file itself is already forced.
            }
        }

        @Override
        public void deleteIfExists(Path path) throws IOException {
            Files.deleteIfExists(path);
        }
    }
}
