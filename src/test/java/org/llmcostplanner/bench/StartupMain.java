package org.llmcostplanner.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.llmcostplanner.ui.StartupProbe;

/**
 * The start-up baseline: a bare one-label JavaFX window the size of the planner's, started like
 * the planner ({@code java -cp … Main}, JavaFX on the class path) in a fresh JVM with
 * {@code -Dllmcostplanner.exitAfterFirstFrame=true}, and timed by the same {@link StartupProbe}.
 */
public final class StartupMain {

    private StartupMain() {
    }

    public static void main(String[] args) {
        Application.launch(BareApp.class, args);
    }

    /** A bare one-label window. */
    public static final class BareApp extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("LLM Cost Planner")), 1280, 800);
            stage.setScene(scene);
            stage.setTitle("bare");
            stage.show();
            StartupProbe.watch(scene);
        }
    }
}
