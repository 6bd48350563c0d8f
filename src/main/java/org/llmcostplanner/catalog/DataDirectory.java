package org.llmcostplanner.catalog;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where the app keeps the user's own data (catalog entries, recovery files), per platform
 * convention. The system property {@value #PROPERTY} overrides it; the build sets it for tests so
 * they never touch a real user's files. Not created here: writers create it when they first save.
 */
public final class DataDirectory {

    /** System property that, when set, is the data directory. */
    public static final String PROPERTY = "llmcostplanner.dataDir";

    static final String UNIX_NAME = "llm-cost-planner";
    static final String DESKTOP_NAME = "LLM Cost Planner";

    private DataDirectory() {
    }

    /** The data directory for this JVM's platform, user and settings. */
    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System::getenv);
    }

    /**
     * The rules, with the platform passed in so every branch can be tested on any machine.
     *
     * @param override value of {@value #PROPERTY}, or null
     * @param env      environment lookup (null for an unset variable)
     */
    static Path resolve(String override, String osName, String userHome, UnaryOperator<String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override.strip());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.apply("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve(DESKTOP_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve(DESKTOP_NAME);
        }
        // XDG Base Directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.apply("XDG_DATA_HOME");
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve(UNIX_NAME);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
