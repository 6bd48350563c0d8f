package org.llmcostplanner.io;

import org.llmcostplanner.model.Scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Scenario file format v1 (docs/file-format.md): load, parse, save. Loading is strict (any
 * problem is one {@link ScenarioFormatException} naming the JSON path); saving is atomic with a
 * NAME.bak of the previous file, and byte-stable.
 */
public final class ScenarioFile {

    /** The file name extension the planner uses. */
    public static final String EXTENSION = ".json";

    private ScenarioFile() {
    }

    public static Scenario load(Path file) throws ScenarioFormatException {
        return load(file, BoundedFileReader.standard());
    }

    static Scenario load(Path file, BoundedFileReader reader) throws ScenarioFormatException {
        return parse(reader.read(file), file.toString());
    }

    /**
     * @param json       the file's bytes (UTF-8)
     * @param sourceName the file or preset name used in error messages
     */
    public static Scenario parse(byte[] json, String sourceName) throws ScenarioFormatException {
        return ScenarioTree.toScenario(ScenarioReader.readTree(json, sourceName), sourceName);
    }

    /**
     * The file's text: pretty-printed, stable key order, '\n' line ends and a final newline.
     *
     * @throws IllegalArgumentException when an input is out of range (such a file would not load)
     */
    public static String toJson(Scenario scenario) {
        return ScenarioWriter.toJson(scenario);
    }

    public static byte[] toBytes(Scenario scenario) {
        return toJson(scenario).getBytes(StandardCharsets.UTF_8);
    }

    public static void save(Scenario scenario, Path file) throws IOException {
        save(scenario, file, new AtomicFileWriter());
    }

    public static void save(Scenario scenario, Path file, AtomicFileWriter writer) throws IOException {
        writer.write(file, toBytes(scenario));
    }
}
