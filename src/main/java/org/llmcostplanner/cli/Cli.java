package org.llmcostplanner.cli;

import org.llmcostplanner.io.OneLine;
import org.llmcostplanner.io.ScenarioFormatException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The command line. Contract (docs/file-format.md, cost-model-v1.md): on success the command's
 * output on stdout and exit 0; on bad input nothing on stdout, exactly one line on stderr naming
 * the file, the field and the problem, exit 2; never a stack trace.
 */
public final class Cli {

    public static final String PROGRAM = "llm-cost-planner";

    public static final int OK = 0;
    /** A defect in the planner itself (not the user's input); still one line, no stack trace. */
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return guarded(() -> dispatch(args == null ? List.of() : Arrays.asList(args), out), err);
    }

    /** Runs one command under the same contract; for tests of the contract itself. */
    static int run(Command command, List<String> args, PrintStream out, PrintStream err) {
        return guarded(() -> runCommand(command, args, out), err);
    }

    private interface Action {
        int run() throws Exception;
    }

    /** Every failure becomes one line on stderr and an exit status; nothing escapes. */
    private static int guarded(Action action, PrintStream err) {
        try {
            return action.run();
        } catch (CliException | ScenarioFormatException e) {
            return fail(err, e.getMessage(), BAD_INPUT);
        } catch (IOException e) {
            return fail(err, "cannot read or write a file: " + e, BAD_INPUT);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // A hostile input that got past the limits: still bad input, still one line.
            return fail(err, "input too large or too deeply nested to process (" + e.getClass().getSimpleName() + ")",
                    BAD_INPUT);
        } catch (Throwable e) {
            return fail(err, "internal error, please report: " + e, INTERNAL_ERROR);
        }
    }

    private static int dispatch(List<String> args, PrintStream out) throws Exception {
        if (args.isEmpty()) {
            throw new CliException("no command given; run --help for usage");
        }
        String first = args.get(0);
        List<String> rest = args.subList(1, args.size());
        if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
            return print(out, Help.text());
        }
        if (first.equals("--version") || first.equals("-V")) {
            return print(out, PROGRAM + " " + Version.current() + "\n");
        }
        Command command = Commands.byName(first).orElseThrow(() ->
                new CliException("unknown command \"" + first + "\"; run --help for the commands"));
        if (rest.contains("--help") || rest.contains("-h")) {
            return print(out, Help.text(command));
        }
        return runCommand(command, rest, out);
    }

    private static int runCommand(Command command, List<String> args, PrintStream out) throws Exception {
        // Buffered so a command that fails half-way leaves stdout empty.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream commandOut = new PrintStream(buffer, false, StandardCharsets.UTF_8)) {
            command.run(args, commandOut);
        }
        out.write(buffer.toByteArray());
        out.flush();
        return OK;
    }

    private static int print(PrintStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        out.flush();
        return OK;
    }

    private static int fail(PrintStream err, String message, int status) {
        err.println(PROGRAM + ": " + OneLine.of(message));
        err.flush();
        return status;
    }
}
