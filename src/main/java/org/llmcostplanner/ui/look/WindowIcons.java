package org.llmcostplanner.ui.look;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app icon in every size that was generated (icons/ → resources
 * {@code org/llmcostplanner/icons/icon-<N>.png}); the desktop picks the size it needs for the
 * title bar, task bar and switcher. Sizes that are missing are skipped, so the window still
 * opens, with the platform's default icon, in a build without them.
 */
public final class WindowIcons {

    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    static final String FOLDER = "/org/llmcostplanner/icons/";

    private WindowIcons() {
    }

    /**
     * Decodes every icon size found on a background thread and adds them to the stage on the FX
     * thread when done; the future completes with them once added. Why not inline: decoding the
     * 256 and 512 px PNGs was one of the larger items on the FX thread before the first frame, and
     * the title bar can take its icon a few milliseconds after the window appears.
     */
    public static CompletableFuture<List<Image>> install(Stage stage) {
        CompletableFuture<List<Image>> added = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            List<Image> icons = load();
            Platform.runLater(() -> {
                stage.getIcons().addAll(icons);
                added.complete(icons);
            });
        }, "window-icons");
        loader.setDaemon(true);
        loader.start();
        return added;
    }

    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = WindowIcons.class.getResourceAsStream(FOLDER + "icon-" + size + ".png")) {
                if (in == null) {
                    continue;
                }
                Image image = new Image(in);
                if (!image.isError()) {
                    icons.add(image);
                }
            } catch (IOException e) {
                // an unreadable size is as good as a missing one
            }
        }
        return icons;
    }
}
