package org.llmcostplanner;

import org.llmcostplanner.cli.Cli;

/**
 * The one entry point of the jar. With no arguments it opens the planner window; with arguments
 * it is the command line. Kept free of JavaFX types so the CLI never starts the toolkit, and so
 * the jar can start JavaFX from the classpath (a main class extending Application cannot).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.llmcostplanner.ui.PlannerLauncher.launch(args);
            return;
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
