package org.llmcostplanner.io;

import org.llmcostplanner.model.Scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Scenario file format (docs/file-format.md): load, parse, save. Loading is strict (any
 * problem is one {@link ScenarioFormatException} naming the JSON path); saving is atomic with a
 * NAME.bak of the previous file, and byte-stable. Files of version 1 and 2 load; saving writes 2.
 *
 * <p>Two views of a file: the {@link ScenarioDocument} (the scenario plus the v2 sections:
 * presentation, ranges, deployment) and the bare {@link Scenario}. The Scenario methods read the
 * same files but drop the v2 sections, and saving a Scenario writes none; code that opens a
 * user's file and saves it again (the window) must use {@link #loadDocument} and
 * {@link #save(ScenarioDocument, Path)}, or the user's ranges, currency and deployment are lost.
 */
public final class ScenarioFile {

    /** The file name extension the planner uses. */
    public static final String EXTENSION = ".json";

    private ScenarioFile() {
    }

    /**
     * The file's scenario, without its v2 sections (presentation, ranges, deployment); use
     * {@link #loadDocument(Path)} to keep them.
     */
    public static Scenario load(Path file) throws ScenarioFormatException {
        return load(file, BoundedFileReader.standard());
    }

    static Scenario load(Path file, BoundedFileReader reader) throws ScenarioFormatException {
        return parse(reader.read(file), file.toString());
    }

    /** The whole file: the scenario and its v2 sections (a version 1 file has none). */
    public static ScenarioDocument loadDocument(Path file) throws ScenarioFormatException {
        return loadDocument(file, BoundedFileReader.standard());
    }

    static ScenarioDocument loadDocument(Path file, BoundedFileReader reader) throws ScenarioFormatException {
        return parseDocument(reader.read(file), file.toString());
    }

    /**
     * The scenario of a file's bytes, without its v2 sections; see {@link #parseDocument}.
     *
     * @param json       the file's bytes (UTF-8)
     * @param sourceName the file or preset name used in error messages
     */
    public static Scenario parse(byte[] json, String sourceName) throws ScenarioFormatException {
        return parseDocument(json, sourceName).scenario();
    }

    /**
     * @param json       the file's bytes (UTF-8)
     * @param sourceName the file or preset name used in error messages
     */
    public static ScenarioDocument parseDocument(byte[] json, String sourceName) throws ScenarioFormatException {
        return ScenarioTree.toDocument(ScenarioReader.readTree(json, sourceName), sourceName);
    }

    /**
     * The file's text for a scenario with no v2 sections: pretty-printed, stable key order, '\n'
     * line ends and a final newline.
     *
     * @throws IllegalArgumentException when an input is out of range (such a file would not load)
     */
    public static String toJson(Scenario scenario) {
        return toJson(ScenarioDocument.of(scenario));
    }

    /**
     * The file's text, v2 sections included; same rules as {@link #toJson(Scenario)}.
     *
     * @throws IllegalArgumentException when a value is out of range (such a file would not load)
     */
    public static String toJson(ScenarioDocument document) {
        return ScenarioWriter.toJson(document);
    }

    public static byte[] toBytes(Scenario scenario) {
        return toJson(scenario).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] toBytes(ScenarioDocument document) {
        return toJson(document).getBytes(StandardCharsets.UTF_8);
    }

    /** Saves a scenario with no v2 sections; to keep a file's sections, save its document instead. */
    public static void save(Scenario scenario, Path file) throws IOException {
        save(scenario, file, new AtomicFileWriter());
    }

    public static void save(Scenario scenario, Path file, AtomicFileWriter writer) throws IOException {
        writer.write(file, toBytes(scenario));
    }

    public static void save(ScenarioDocument document, Path file) throws IOException {
        save(document, file, new AtomicFileWriter());
    }

    public static void save(ScenarioDocument document, Path file, AtomicFileWriter writer) throws IOException {
        writer.write(file, toBytes(document));
    }
}
