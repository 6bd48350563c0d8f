package org.llmcostplanner.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The catalog shipped in the jar (builtin-catalog.json, transcribed from the project's price
 * facts). A broken resource is a build bug, not a user error, so it fails loudly.
 */
public final class BuiltInCatalog {

    static final String RESOURCE = "builtin-catalog.json";

    private static final Catalog CATALOG = load();

    private BuiltInCatalog() {
    }

    public static Catalog get() {
        return CATALOG;
    }

    private static Catalog load() {
        try (InputStream in = BuiltInCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            CatalogJson.Parsed parsed = CatalogJson.readDocument(new ObjectMapper().readTree(in));
            if (!parsed.problems().isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": " + String.join("; ", parsed.problems()));
            }
            return Catalog.of(parsed.entries());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
