package org.llmcostplanner.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmcostplanner.io.AtomicFileWriter;

/**
 * The user's own catalog entries (typed in or imported), kept in {@value #FILE_NAME} in the data
 * directory and saved atomically after every change ({@link AtomicFileWriter}, which also keeps the
 * previous version as {@code user-catalog.json.bak}). A damaged file never stops the app: the
 * valid entries load, {@link #problems()} says what was left out (naming entry and field), and
 * before the first save over it the damaged file is kept aside as {@code user-catalog.json.invalid}
 * so nothing the user wrote is lost. Use from one thread.
 */
public final class UserCatalogStore {

    public static final String FILE_NAME = "user-catalog.json";
    /** Far above a file holding a whole LiteLLM import (well under 5 MB); guards memory, not taste. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final Path file;
    private final List<String> problems;
    private boolean keepDamagedFileBeforeSave;
    private List<CatalogEntry> entries;

    private UserCatalogStore(Path file, List<CatalogEntry> entries, List<String> problems) {
        this.file = file;
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
        this.keepDamagedFileBeforeSave = !problems.isEmpty();
    }

    /** Opens the store in the app's data directory. */
    public static UserCatalogStore open() {
        return open(DataDirectory.resolve());
    }

    /** Opens (never creates) the store in {@code dataDir}; a missing file is an empty store. */
    public static UserCatalogStore open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return new UserCatalogStore(file, List.of(), List.of(file + ": " + size
                        + " bytes is too large for a catalog file (limit " + MAX_FILE_BYTES + " bytes)"));
            }
            byte[] bytes = Files.readAllBytes(file);
            CatalogJson.Parsed parsed = CatalogJson.readDocument(new ObjectMapper().readTree(bytes));
            List<String> problems = new ArrayList<>();
            parsed.problems().forEach(p -> problems.add(file + ": " + p));
            return new UserCatalogStore(file, parsed.entries(), problems);
        } catch (NoSuchFileException e) {
            return new UserCatalogStore(file, List.of(), List.of());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            return new UserCatalogStore(file, List.of(), List.of(file + ": not valid JSON" + where
                    + " (" + e.getOriginalMessage() + ")"));
        } catch (IOException e) {
            return new UserCatalogStore(file, List.of(), List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    public Path file() {
        return file;
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    /** What was wrong with the file when it was opened; empty when it was fine or absent. */
    public List<String> problems() {
        return problems;
    }

    /** The built-in catalog with the user's entries added (and overriding same-named built-ins). */
    public Catalog withBuiltIns() {
        return Catalog.merge(BuiltInCatalog.get(), entries);
    }

    /** Adds a new entry; fails when one with the same name exists (use {@link #replace}). */
    public void add(CatalogEntry entry) throws IOException {
        if (indexOf(entry.name()) >= 0) {
            throw new IllegalArgumentException("name: an entry named \"" + entry.name() + "\" already exists");
        }
        List<CatalogEntry> next = new ArrayList<>(entries);
        next.add(entry);
        save(next);
    }

    /** Edits the entry named {@code name}, which may be renamed to a name not used by another entry. */
    public void replace(String name, CatalogEntry edited) throws IOException {
        int index = requireIndex(name);
        int clash = indexOf(edited.name());
        if (clash >= 0 && clash != index) {
            throw new IllegalArgumentException("name: an entry named \"" + edited.name() + "\" already exists");
        }
        List<CatalogEntry> next = new ArrayList<>(entries);
        next.set(index, edited);
        save(next);
    }

    public void delete(String name) throws IOException {
        int index = requireIndex(name);
        List<CatalogEntry> next = new ArrayList<>(entries);
        next.remove(index);
        save(next);
    }

    /** Adds these entries, replacing same-named ones in place (e.g. a fresh LiteLLM import). */
    public void putAll(Collection<? extends CatalogEntry> incoming) throws IOException {
        Map<String, CatalogEntry> byName = new LinkedHashMap<>();
        entries.forEach(e -> byName.put(Catalog.key(e.name()), e));
        incoming.forEach(e -> byName.put(Catalog.key(e.name()), e));
        save(new ArrayList<>(byName.values()));
    }

    private void save(List<CatalogEntry> next) throws IOException {
        if (keepDamagedFileBeforeSave && Files.exists(file)) {
            Files.copy(file, file.resolveSibling(FILE_NAME + ".invalid"), StandardCopyOption.REPLACE_EXISTING);
        }
        keepDamagedFileBeforeSave = false;
        Files.createDirectories(file.toAbsolutePath().getParent());
        new AtomicFileWriter().write(file, CatalogJson.toDocument(next));
        entries = List.copyOf(next);
    }

    private int requireIndex(String name) {
        int index = indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("name: no user entry named \"" + name + "\"");
        }
        return index;
    }

    private int indexOf(String name) {
        String key = Catalog.key(name);
        for (int i = 0; i < entries.size(); i++) {
            if (Catalog.key(entries.get(i).name()).equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
