package org.llmcostplanner.cli;

/**
 * Bad input on the command line (a missing or malformed argument, an unusable output path):
 * the CLI prints the one-line message and exits with status 2.
 */
public class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    public CliException(String message) {
        super(message);
    }
}
