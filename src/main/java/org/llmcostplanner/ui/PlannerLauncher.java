package org.llmcostplanner.ui;

import javafx.application.Application;

/**
 * Starts {@link PlannerApp}. A separate class, not extending Application, so the planner starts
 * with JavaFX on the plain classpath ({@code java -jar}), where a main class that extends
 * Application is refused ("JavaFX runtime components are missing").
 */
public final class PlannerLauncher {

    private PlannerLauncher() {
    }

    public static void launch(String[] args) {
        StartupWarmup.start(); // fonts, JSON, JFreeChart: in parallel with the toolkit start and the window build
        Application.launch(PlannerApp.class, args);
    }
}
