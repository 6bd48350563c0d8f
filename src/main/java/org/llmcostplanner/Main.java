package org.llmcostplanner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import org.llmcostplanner.cli.Cli;
import org.llmcostplanner.cli.Commands;

/**
 * The one entry point of the jar. With no arguments it opens the planner window; with one
 * argument that names an existing scenario file (how a desktop opens a double-clicked file) it
 * opens the window on that file; otherwise it is the command line. Kept free of JavaFX types so
 * the CLI never starts the toolkit, and so the jar can start JavaFX from the classpath (a main
 * class extending Application cannot).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            org.llmcostplanner.ui.PlannerLauncher.launch(args);
            return;
        }
        System.exit(Cli.run(args, System.out, System.err));
    }

    /** No arguments, or exactly one that is an existing file and not a command or option. */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length > 1 || args[0].startsWith("-") || Commands.byName(args[0]).isPresent()) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(args[0]));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
