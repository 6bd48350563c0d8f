package org.llmcostplanner.cli;

import org.llmcostplanner.io.ScenarioFormatException;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * One sub-command of the CLI, e.g. {@code report}. Register it in {@link Commands#all()}.
 *
 * <p>A command prints its result to {@code out} only; on bad input it throws
 * {@link CliException} or {@link ScenarioFormatException}, and {@link Cli} turns that into one line
 * on stderr and exit status 2. Output written before a failure is discarded, so stdout stays empty.
 */
public interface Command {

    /** The word that selects the command, e.g. "report". */
    String name();

    /** Usage lines without the program name, e.g. "report FILE.json [--volume N]". */
    List<String> usage();

    /** One line saying what the command does. */
    String summary();

    void run(List<String> args, PrintStream out) throws CliException, ScenarioFormatException, IOException;
}
