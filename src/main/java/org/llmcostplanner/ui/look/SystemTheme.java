package org.llmcostplanner.ui.look;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop prefers a dark look. JavaFX 21 cannot tell (its platform preferences came in
 * 22), so this asks the desktop's own settings tool: GNOME's {@code gsettings}, macOS's
 * {@code defaults}, the Windows registry. Empty when nothing answers (e.g. a bare X server).
 */
@FunctionalInterface
public interface SystemTheme {

    Optional<Boolean> prefersDark();

    /** Asks the running desktop; takes a few milliseconds, so callers run it off the FX thread. */
    SystemTheme DESKTOP = () -> {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return Commands.output(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.toLowerCase(Locale.ROOT).contains("dark"));
        }
        if (os.contains("win")) {
            return Commands.output(List.of("reg", "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                            "/v", "AppsUseLightTheme"))
                    .filter(out -> out.contains("AppsUseLightTheme"))
                    .map(out -> out.trim().endsWith("0x0"));
        }
        String gtkTheme = System.getenv("GTK_THEME");
        if (gtkTheme != null && !gtkTheme.isBlank()) {
            return Optional.of(gtkTheme.toLowerCase(Locale.ROOT).contains("dark"));
        }
        Optional<String> scheme = Commands.output(
                List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("prefer-")) {
            return Optional.of(scheme.get().contains("dark"));
        }
        return Commands.output(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(out -> out.toLowerCase(Locale.ROOT).contains("dark"));
    };

    /** Runs a settings tool with a short time limit; empty when it is missing, slow or fails. */
    final class Commands {
        private Commands() {
        }

        static Optional<String> output(List<String> command) {
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                try (InputStream in = p.getInputStream()) {
                    if (!p.waitFor(2, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                        return Optional.empty();
                    }
                    String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
                }
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
