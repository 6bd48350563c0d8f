package org.llmcostplanner.hardening;

import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Child process for the kill -9 test: saves two large scenarios alternately over one file, for
 * ever, until the parent kills it. Prints "ready" once, after the first save.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    /** One of the two scenarios the loop writes: large through its notes, different in every part. */
    static Scenario scenario(char which, int notesChars) {
        Scenario s = Scenario.defaults()
                .withName("Scenario " + which)
                .withNotes(String.valueOf(which).repeat(notesChars))
                .with(InputField.REQUESTS_PER_DAY, which == 'A' ? 1000 : 2000);
        return s.with(InputField.OUTPUT_PRICE_PER_MTOK, which == 'A' ? 15 : 12);
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        int notesChars = Integer.parseInt(args[1]);
        Scenario a = scenario('A', notesChars);
        Scenario b = scenario('B', notesChars);
        // One save first, so the parent's kill lands in the steady loop, not in JVM start-up.
        ScenarioFile.save(b, target);
        System.out.println("ready");
        System.out.flush();
        for (long i = 1; ; i++) {
            ScenarioFile.save(i % 2 == 0 ? b : a, target);
        }
    }
}
