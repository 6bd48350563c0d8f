package org.llmcostplanner.cli;

import java.util.List;
import java.util.Optional;

/** The registry of CLI commands: a new command is one line in {@link #all()}. */
public final class Commands {

    private Commands() {
    }

    /** Every command, in the order --help lists them. */
    public static List<Command> all() {
        return List.of(
                new ReportCommand(),
                new SolveCommand(),
                new SensitivityCommand(),
                new ExportPngCommand(),
                new ExportSvgCommand(),
                new ExportCsvCommand(),
                new CatalogCommand()
        );
    }

    public static Optional<Command> byName(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
