package org.llmcostplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks an export's output path before any work is done, so a typo fails fast with one line. */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * The absolute target, after checking that it is not a folder and that its folder exists.
     *
     * @param kind the file's kind with its article, e.g. "a CSV", for the message
     */
    static Path target(String command, String argument, String kind) throws CliException {
        Path target;
        try {
            target = Path.of(argument).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            throw new CliException(command + ": \"" + argument + "\" is not a valid file name");
        }
        if (Files.isDirectory(target)) {
            throw new CliException(command + ": " + target + ": is a directory, not " + kind + " file");
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new CliException(command + ": " + target + ": the folder does not exist");
        }
        return target;
    }
}
