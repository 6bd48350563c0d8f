package org.llmcostplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The planner's version: from the jar manifest, else Maven's pom.properties, else unknown. */
final class Version {

    private static final String POM_PROPERTIES =
            "/META-INF/maven/org.llmcostplanner/llm-cost-planner/pom.properties";

    private Version() {
    }

    static String current() {
        String fromManifest = Version.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        try (InputStream in = Version.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank()) {
                    return v;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // fall through: running from classes, not from the jar
        }
        return "development build";
    }
}
