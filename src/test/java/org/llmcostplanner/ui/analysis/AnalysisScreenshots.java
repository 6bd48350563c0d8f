package org.llmcostplanner.ui.analysis;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerWindow;

/**
 * Not a test: opens the real window (run it under Xvfb), shows each tab in turn and saves a
 * snapshot of the whole window per tab into the directory given as the first argument, so the
 * views can be looked at as a user sees them.
 */
public final class AnalysisScreenshots extends Application {

    private static Path out;

    /** Started from here: a main class extending Application is refused when JavaFX is on the class path. */
    public static final class Main {
        public static void main(String[] args) throws Exception {
            out = Path.of(args.length > 0 ? args[0] : "target/shots");
            Files.createDirectories(out);
            Application.launch(AnalysisScreenshots.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        PlannerWindow w = PlannerWindow.show(stage, PlannerServices.desktop());
        TabPane tabs = (TabPane) stage.getScene().lookup("#viewTabs");
        new Thread(() -> {
            try {
                for (int i = 0; i < tabs.getTabs().size(); i++) {
                    int index = i;
                    Platform.runLater(() -> {
                        tabs.getSelectionModel().select(index);
                        // Show the goal seek with an answer: the maintenance hours that break even now.
                        if (stage.getScene().lookup("#goalSolveButton") instanceof javafx.scene.control.Button b && b.isVisible()) {
                            b.fire();
                        }
                    });
                    Thread.sleep(1500);
                    String name = tabs.getTabs().get(index).getText().toLowerCase().replaceAll("[^a-z]+", "-");
                    Platform.runLater(() -> save(stage, name));
                    Thread.sleep(500);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(Platform::exit);
            System.exit(0);
        }).start();
    }

    private static void save(Stage stage, String name) {
        WritableImage img = stage.getScene().snapshot(null);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", new File(out.toFile(), name + ".png"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
