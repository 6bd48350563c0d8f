package org.llmcostplanner.io;

import org.llmcostplanner.model.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Built-in scenarios shipped as resources in the scenario file format, loaded through the same
 * strict loader as user files, so a preset can never hold what a file could not.
 */
public final class Presets {

    public static final String SEED_ARTICLE = "seed-article";

    private static final String FOLDER = "/org/llmcostplanner/presets/";

    private Presets() {
    }

    /** The names of every built-in preset. */
    public static List<String> names() {
        return List.of(SEED_ARTICLE);
    }

    /** The seed article's scenario: D = 22, F = 20, m = 3, r = 60, 6 one-time hours, 1,000 req/day. */
    public static Scenario seedArticle() {
        return load(SEED_ARTICLE);
    }

    /** The seed article's whole preset: the scenario plus its recorded model, GPU and ranges. */
    public static ScenarioDocument seedArticleDocument() {
        return loadDocument(SEED_ARTICLE);
    }

    /**
     * The preset's scenario (without its v2 sections; see {@link #loadDocument}).
     *
     * @throws IllegalArgumentException when there is no preset of that name
     */
    public static Scenario load(String name) {
        return loadDocument(name).scenario();
    }

    /**
     * The whole preset, v2 sections included.
     *
     * @throws IllegalArgumentException when there is no preset of that name
     */
    public static ScenarioDocument loadDocument(String name) {
        if (!names().contains(name)) {
            throw new IllegalArgumentException("no preset named " + name);
        }
        String resource = FOLDER + name + ScenarioFile.EXTENSION;
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset resource missing from the build: " + resource);
            }
            return ScenarioFile.parseDocument(in.readNBytes(JsonSupport.MAX_FILE_BYTES + 1), "preset " + name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read preset " + name, e);
        } catch (ScenarioFormatException e) {
            // A shipped preset that does not load is a build defect, not user input.
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
