package org.llmcostplanner.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bad scenario files under src/test/resources/bad-scenarios/ and what their error must say,
 * read from index.tsv. Shared by the loader tests and the CLI tests so both check every file.
 */
public final class BadScenarios {

    /**
     * @param file     the file name in bad-scenarios/
     * @param path     the JSON path the error must name, or null when the problem is the whole file
     *                 (index.tsv: "-"; the empty key is written "\"\"")
     * @param fragment text the problem must contain
     */
    public record Case(String file, String path, String fragment) {
        public Path location() {
            return folder().resolve(file);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private BadScenarios() {
    }

    public static Path folder() {
        URL url = BadScenarios.class.getResource("/bad-scenarios/index.tsv");
        if (url == null) {
            throw new IllegalStateException("bad-scenarios/index.tsv is not on the test classpath");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "-" is no path (the file as a whole); "\"\"" is the empty key, which a hostile file can use. */
    private static String pathColumn(String column) {
        if (column.equals("-")) {
            return null;
        }
        return column.equals("\"\"") ? "" : column;
    }

    public static List<Case> all() {
        try {
            return Files.readAllLines(folder().resolve("index.tsv"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> new Case(f[0], pathColumn(f[1]), f[2]))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
