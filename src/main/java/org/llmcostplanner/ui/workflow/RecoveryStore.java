package org.llmcostplanner.ui.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.llmcostplanner.io.AtomicFileWriter;
import org.llmcostplanner.io.ScenarioDocument;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.io.ScenarioFormatException;
import org.llmcostplanner.model.Scenario;

/**
 * Recovery files: unsaved work of a running session, in {@code DATA/recovery/PID/} as a normal
 * scenario file plus the path of the file it came from. Each process writes only its own folder,
 * so two open windows never take each other's work; a folder whose process is no longer alive
 * is what a crash left behind. No JavaFX: safe to call from any thread.
 */
public final class RecoveryStore {

    static final String FOLDER = "recovery";
    static final String SCENARIO = "scenario.json";
    static final String ORIGIN = "origin.txt";

    private final Path root;
    private final long pid;
    private final AtomicFileWriter writer = new AtomicFileWriter();

    /** A session's unsaved work, found after it ended without a clean exit. */
    public record Recovered(Path folder, ScenarioDocument document, Path origin, FileTime savedAt) {

        public Scenario scenario() {
            return document.scenario();
        }
    }

    public RecoveryStore(Path dataDirectory) {
        this(dataDirectory, ProcessHandle.current().pid());
    }

    RecoveryStore(Path dataDirectory, long pid) {
        this.root = dataDirectory.resolve(FOLDER);
        this.pid = pid;
    }

    /** This process's recovery file (it may not exist). */
    public Path file() {
        return folder().resolve(SCENARIO);
    }

    /** Writes this session's unsaved work atomically; {@code origin} is its file, or null for a new one. */
    public void write(ScenarioDocument document, Path origin) throws IOException {
        Files.createDirectories(folder());
        writer.write(folder().resolve(ORIGIN),
                (origin == null ? "" : origin.toAbsolutePath().toString()).getBytes(StandardCharsets.UTF_8));
        ScenarioFile.save(document, file(), writer);
    }

    /** Removes this session's recovery file: the work was saved, discarded, or the app quit cleanly. */
    public void delete() throws IOException {
        deleteFolder(folder());
    }

    /** The newest work left by a session that is no longer running, if any. */
    public Optional<Recovered> findCrashed() {
        Recovered newest = null;
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> sessions = Files.newDirectoryStream(root)) {
            for (Path folder : sessions) {
                Recovered r = crashed(folder);
                if (r != null && (newest == null || r.savedAt().compareTo(newest.savedAt()) > 0)) {
                    newest = r;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(newest);
    }

    /** Removes a crashed session's folder once its work was restored or discarded. */
    public void discard(Recovered recovered) throws IOException {
        deleteFolder(recovered.folder());
    }

    private Recovered crashed(Path folder) {
        long owner;
        try {
            owner = Long.parseLong(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return null;
        }
        Path scenarioFile = folder.resolve(SCENARIO);
        if (owner == pid || isRunning(owner) || !Files.isRegularFile(scenarioFile)) {
            return null;
        }
        try {
            ScenarioDocument s = ScenarioFile.loadDocument(scenarioFile);
            String origin = Files.isRegularFile(folder.resolve(ORIGIN))
                    ? Files.readString(folder.resolve(ORIGIN), StandardCharsets.UTF_8).strip() : "";
            return new Recovered(folder, s, origin.isEmpty() ? null : Path.of(origin),
                    Files.getLastModifiedTime(scenarioFile));
        } catch (ScenarioFormatException | IOException | RuntimeException e) {
            // An unreadable leftover is not worth offering; it stays for a person to look at.
            return null;
        }
    }

    private static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private Path folder() {
        return root.resolve(Long.toString(pid));
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(folder);
    }
}
