package org.llmcostplanner.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.llmcostplanner.ui.StartupProbe;

/**
 * The two windows whose start-up the suite compares, each started in a fresh JVM with
 * {@code -Dllmcostplanner.exitAfterFirstFrame=true}: {@code charts} (the main-window stand-in
 * with all charts drawn) and {@code bare} (one Label). Both go through {@link StartupProbe}, so
 * both are timed the same way. Not an Application itself: JavaFX is on the class path.
 */
public final class StartupMain {

    private StartupMain() {
    }

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "charts";
        Application.launch("bare".equals(which) ? BareApp.class : ChartsApp.class, args);
    }

    /** A bare one-label window, the same size as the planner's. */
    public static final class BareApp extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("LLM Cost Planner")), StandInWindow.WIDTH,
                    StandInWindow.HEIGHT);
            stage.setScene(scene);
            stage.setTitle("bare");
            stage.show();
            StartupProbe.watch(scene);
        }
    }

    /** The main-window stand-in; the first frame counts once every chart has drawn. */
    public static final class ChartsApp extends Application {
        @Override
        public void start(Stage stage) {
            StandInWindow window = new StandInWindow();
            stage.setScene(window.scene());
            stage.setTitle("LLM Cost Planner");
            stage.show();
            StartupProbe.watch(window.scene(), window::allChartsDrawn);
        }
    }
}
