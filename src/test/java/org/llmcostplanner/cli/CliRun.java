package org.llmcostplanner.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One CLI run captured: exit status, stdout, stderr. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Cli.run(args, o, e);
        }
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The one stderr line of a failed run, after checking the bad-input contract. */
    String badInputLine() {
        org.junit.jupiter.api.Assertions.assertEquals(Cli.BAD_INPUT, status, "exit status; stderr: " + err);
        org.junit.jupiter.api.Assertions.assertEquals("", out, "stdout must stay empty");
        org.junit.jupiter.api.Assertions.assertTrue(err.endsWith("\n"), err);
        String line = err.substring(0, err.length() - 1);
        org.junit.jupiter.api.Assertions.assertFalse(line.contains("\n") || line.contains("\r"), "one line: " + err);
        org.junit.jupiter.api.Assertions.assertFalse(line.contains("Exception") || line.contains("\tat "), line);
        org.junit.jupiter.api.Assertions.assertTrue(line.startsWith(Cli.PROGRAM + ": "), line);
        return line;
    }
}
