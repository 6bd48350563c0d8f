package org.llmcostplanner.ui.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The recently opened or saved scenario files, most recent first, at most {@value #MAX}, kept in
 * a preferences node so they are remembered across runs.
 */
public final class RecentFiles {

    public static final int MAX = 10;
    private static final String KEY = "file";

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    /** One wrapper for every caller: a fresh one per call would drop its listeners when collected. */
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Preferences node) {
        this.node = node;
        for (int i = 0; i < MAX; i++) {
            String p = node.get(KEY + i, null);
            if (p != null && !p.isBlank()) {
                Path path = Path.of(p);
                if (!files.contains(path)) {
                    files.add(path);
                }
            }
        }
    }

    /** Read-only view, most recent first. */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts a file first (opened or saved just now). */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        store(next.subList(0, Math.min(MAX, next.size())));
    }

    public void remove(Path file) {
        List<Path> next = new ArrayList<>(files);
        next.remove(file);
        store(next);
    }

    public void clear() {
        store(List.of());
    }

    private void store(List<Path> next) {
        files.setAll(next);
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The list still works for this run; only remembering it for the next one failed.
            System.err.println("Could not store the recent files: " + e.getMessage());
        }
    }
}
